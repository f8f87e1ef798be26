import { describe, expect, it } from 'vitest';
import { readPages } from '../../src/build/content-files.ts';
import {
	checkPages,
	diagramProblems,
	h2Headings,
	headingProblems,
	internalLinks,
	slugOfLink,
	type SourcePage,
} from '../../src/lib/content-rules.ts';

const fixtures = readPages(new URL('../fixtures/broken-content/', import.meta.url).pathname);
const problems = checkPages(fixtures);
const problemsIn = (name: string) => problems.filter((p) => p.file.endsWith(name)).map((p) => p.message);

describe('content rules on broken fixtures', () => {
	it('names the file and the bad slug of a relation typo', () => {
		expect(problemsIn('patterns/slug-typo.mdx')).toEqual(['related: unknown slug "patterns/retry-with-bakcoff"']);
	});

	it('names the file and the missing template heading', () => {
		const messages = problemsIn('patterns/missing-heading.mdx');
		expect(messages).toHaveLength(1);
		expect(messages[0]).toContain('missing heading "## When not to use"');
	});

	it('names the file of a diagram without accTitle, and a link to a page that is not planned', () => {
		expect(problemsIn('papers/diagram-without-title.mdx')).toEqual([
			'link to unknown page "/patterns/made-up-page/"',
			'the mermaid diagram on line 17 has no "accTitle: …" line',
		]);
	});

	it('reports the path relative to the project root', () => {
		expect(problems.every((p) => p.file.startsWith('tests/fixtures/broken-content/'))).toBe(true);
	});
});

describe('checkPages', () => {
	const page = (slug: string, data: Record<string, unknown>, body = ''): SourcePage => ({
		file: `content/${slug}.mdx`,
		slug,
		data,
		body,
		bodyLine: 1,
	});

	it('accepts relations to written pages and to planned ones', () => {
		const pages = [
			page(
				'concepts/leases',
				{ kind: 'concept', related: ['papers/bigtable'] },
				'## The idea\n## How it works\n## In real systems\n## Misconceptions',
			),
		];
		expect(checkPages(pages)).toEqual([]);
	});

	it('rejects a relation that points into the wrong folder', () => {
		const pages = [
			page('concepts/leases', { kind: 'concept', related: [] }, ''),
			page('failures/x', { kind: 'failure', mitigations: ['stages/tradeoffs'] }),
		];
		expect(checkPages(pages).map((p) => p.message)).toContain(
			'mitigations: "stages/tradeoffs" must be in patterns/ or building-blocks/ or concepts/',
		);
	});

	it('rejects a kind that does not match the folder', () => {
		const messages = checkPages([page('patterns/x', { kind: 'concept' })]).map((p) => p.message);
		expect(messages).toContain('pages in patterns/ have kind "pattern", not "concept"');
	});

	it("accepts a catalogue as a kind folder's index, links to it, and nothing else as that index", () => {
		const index = page('patterns', { kind: 'catalogue' });
		const linking = page(
			'concepts/leases',
			{ kind: 'concept' },
			'## The idea\nSee [all patterns](/patterns/).\n## How it works\n## In real systems\n## Misconceptions',
		);
		expect(checkPages([index, linking])).toEqual([]);
		expect(checkPages([page('patterns', { kind: 'pattern' })]).map((p) => p.message)).toContain(
			'the index of patterns/ must have kind "catalogue", not "pattern"',
		);
		expect(checkPages([page('patterns/all', { kind: 'catalogue' })]).map((p) => p.message)).toEqual([
			"a catalogue page is the index of a kind's folder (content/<folder>/index.mdx)",
		]);
	});

	it('rejects a page outside the kind folders', () => {
		expect(checkPages([page('misc/x', { kind: 'concept' })])[0]!.message).toMatch(/kind's folder/);
	});
});

describe('heading rules', () => {
	it('reads H2 headings but not headings inside code fences', () => {
		expect(h2Headings('## One\ntext\n```md\n## Not a heading\n```\n### Sub\n## Two ##')).toEqual(['One', 'Two']);
	});

	it('allows extra headings between the required ones', () => {
		expect(headingProblems(['A', 'Extra', 'B'], ['A', 'B'])).toEqual([]);
	});

	it('reports headings out of order', () => {
		expect(headingProblems(['B', 'A'], ['A', 'B'])[0]).toMatch(/"## B" is out of order/);
	});
});

describe('diagram rules', () => {
	it('accepts accTitle with a one-line or block accDescr', () => {
		expect(diagramProblems('flowchart LR\n accTitle: T\n accDescr: D\n A-->B')).toEqual([]);
		expect(diagramProblems('flowchart LR\n accTitle: T\n accDescr {\n long\n }\n A-->B')).toEqual([]);
	});

	it('reports both when both are missing', () => {
		expect(diagramProblems('flowchart LR\n A-->B')).toHaveLength(2);
	});
});

describe('links', () => {
	it('finds markdown and html root-relative links outside code', () => {
		const body =
			'See [a](/patterns/a/) and <a href="/concepts/b/#x">b</a>, [c](https://example.org) and [d](//cdn.example/x).\n```\n[e](/patterns/e/)\n```';
		expect(internalLinks(body)).toEqual(['/patterns/a/', '/concepts/b/#x']);
	});

	it('maps links to slugs', () => {
		expect(slugOfLink('/tools/capacity-estimator/?dau=10#result')).toBe('tools/capacity-estimator');
		expect(slugOfLink('/')).toBe('index');
	});
});
