/**
 * The rules every page obeys beyond its schema: its kind matches its folder, relations name
 * pages that exist (or are planned), its body has its kind's headings in order, its links
 * point at pages, and every diagram carries an accessible title and description.
 * Pure: the build runs it on the files (and fails on any problem), tests run it on fixtures.
 */
import { PLANNED_PAGES } from '../data/inventory.ts';
import { KINDS, kindOfFolder } from './kinds.ts';

export interface SourcePage {
	/** Path of the file, relative to the project root, for messages. */
	file: string;
	/** `patterns/circuit-breaker`; `index` for the home page. */
	slug: string;
	/** Raw frontmatter. */
	data: Record<string, unknown>;
	/** MDX body without frontmatter. */
	body: string;
	/** Line of the file on which the body starts (1 when there is no frontmatter). */
	bodyLine: number;
}

export interface Problem {
	file: string;
	message: string;
}

/** Relation fields, and the folders their slugs may point into (undefined: any page). */
const RELATION_TARGETS: Record<string, readonly string[] | undefined> = {
	related: undefined,
	solves: ['failures'],
	stages: ['stages'],
	papers: ['papers'],
	mitigations: ['patterns', 'building-blocks', 'concepts'],
	patterns: ['patterns', 'concepts'],
};

export const RELATION_FIELDS = Object.keys(RELATION_TARGETS);

/** Lines of a body that are prose, not inside fenced code blocks; with their fence contents separately. */
export function splitFences(body: string): { prose: string[]; fences: { lang: string; code: string; line: number }[] } {
	const prose: string[] = [];
	const fences: { lang: string; code: string; line: number }[] = [];
	let open: { marker: string; lang: string; lines: string[]; line: number } | undefined;
	body.split('\n').forEach((line, index) => {
		const fence = /^\s*(`{3,}|~{3,})\s*([\w-]*)/.exec(line);
		if (open) {
			if (fence && fence[1]!.startsWith(open.marker) && line.trim() === fence[1]) {
				fences.push({ lang: open.lang, code: open.lines.join('\n'), line: open.line });
				open = undefined;
			} else open.lines.push(line);
		} else if (fence) {
			open = { marker: fence[1]!, lang: fence[2] ?? '', lines: [], line: index + 1 };
		} else prose.push(line);
	});
	return { prose, fences };
}

/** The text of every `## ` heading, in order. */
export function h2Headings(body: string): string[] {
	return splitFences(body)
		.prose.map((line) => /^##\s+(.+?)\s*#*\s*$/.exec(line)?.[1])
		.filter((heading): heading is string => heading !== undefined);
}

/** What is wrong with a page's H2 headings for a template (empty when none). */
export function headingProblems(headings: readonly string[], template: readonly string[]): string[] {
	const problems: string[] = [];
	let cursor = 0;
	for (const required of template) {
		const at = headings.indexOf(required, cursor);
		if (at === -1) {
			problems.push(
				headings.includes(required)
					? `heading "## ${required}" is out of order (expected: ${template.join(' · ')})`
					: `missing heading "## ${required}" (expected: ${template.join(' · ')})`,
			);
		} else cursor = at + 1;
	}
	return problems;
}

/** What a mermaid diagram lacks for screen readers (empty when none). */
export function diagramProblems(code: string): string[] {
	const problems: string[] = [];
	if (!/^\s*accTitle\s*:\s*\S/m.test(code)) problems.push('has no "accTitle: …" line');
	if (!/^\s*accDescr\s*(:\s*\S|\{)/m.test(code)) problems.push('has no "accDescr: …" line');
	return problems;
}

/** Root-relative links written in a body: markdown `](/…)` and `href="/…"`. */
export function internalLinks(body: string): string[] {
	const text = splitFences(body).prose.join('\n');
	const links = [...text.matchAll(/\]\((\/[^)\s]*)\)/g), ...text.matchAll(/href=["'](\/[^"']*)["']/g)];
	return links.map((match) => match[1]!).filter((href) => !href.startsWith('//'));
}

/** The page slug a root-relative link points at: `/patterns/x/?a=1#b` -> `patterns/x`, `/` -> `index`. */
export function slugOfLink(href: string): string {
	const path = href.replace(/[?#].*$/, '').replace(/^\/+|\/+$/g, '');
	return path === '' ? 'index' : path;
}

export function checkPages(pages: readonly SourcePage[]): Problem[] {
	const written = new Set(pages.map((page) => page.slug));
	const problems: Problem[] = [];
	for (const page of pages) {
		const report = (message: string) => problems.push({ file: page.file, message });
		const kind = page.data['kind'];
		const folder = page.slug.split('/')[0]!;
		if (page.slug === 'index') {
			if (kind !== 'home') report(`the home page must have kind "home", not "${String(kind)}"`);
		} else if (page.slug === folder && kindOfFolder(folder)) {
			if (kind !== 'catalogue') report(`the index of ${folder}/ must have kind "catalogue", not "${String(kind)}"`);
		} else if (kind === 'catalogue') {
			report(`a catalogue page is the index of a kind's folder (content/<folder>/index.mdx)`);
		} else {
			const expected = kindOfFolder(folder);
			if (!expected)
				report(
					`pages live in a kind's folder (${Object.values(KINDS)
						.map((k) => k.folder)
						.join(', ')}), not "${folder}/"`,
				);
			else if (kind !== expected) report(`pages in ${folder}/ have kind "${expected}", not "${String(kind)}"`);
		}

		for (const [field, folders] of Object.entries(RELATION_TARGETS)) {
			const value = page.data[field];
			if (value === undefined) continue;
			if (!Array.isArray(value)) {
				report(`${field}: expected a list of slugs`);
				continue;
			}
			for (const target of value) {
				const slug = String(target);
				if (!written.has(slug) && !(slug in PLANNED_PAGES)) report(`${field}: unknown slug "${slug}"`);
				else if (folders && !folders.includes(slug.split('/')[0]!)) report(`${field}: "${slug}" must be in ${folders.join('/ or ')}/`);
				else if (slug === page.slug) report(`${field}: a page cannot relate to itself`);
			}
		}

		const template = typeof kind === 'string' && kind in KINDS ? KINDS[kind as keyof typeof KINDS].headings : [];
		for (const message of headingProblems(h2Headings(page.body), template)) report(message);

		for (const href of internalLinks(page.body)) {
			const slug = slugOfLink(href);
			if (!written.has(slug) && !(slug in PLANNED_PAGES)) report(`link to unknown page "${href}"`);
		}

		for (const fence of splitFences(page.body).fences) {
			if (fence.lang !== 'mermaid') continue;
			for (const message of diagramProblems(fence.code)) report(`the mermaid diagram on line ${fence.line + page.bodyLine - 1} ${message}`);
		}
	}
	return problems;
}

export function formatProblems(problems: readonly Problem[]): string {
	return problems.map((problem) => `  ${problem.file}: ${problem.message}`).join('\n');
}
