import { describe, expect, it } from 'vitest';
import { readPages } from '../../src/build/content-files.ts';
import { checkPages, formatProblems, splitFences } from '../../src/lib/content-rules.ts';
import { KINDS } from '../../src/lib/kinds.ts';
import { PLANNED_PAGES } from '../../src/data/inventory.ts';
import { pageSchema } from '../../src/schemas/page.ts';

const pages = readPages(new URL('../../content/', import.meta.url).pathname);

describe('the handbook content', () => {
	it('has the home page and the vertical slice', () => {
		const slugs = pages.map((page) => page.slug);
		for (const slug of ['index', 'stages/clarify-requirements', 'patterns/circuit-breaker', 'papers/scaling-memcache-at-facebook']) {
			expect(slugs).toContain(slug);
		}
	});

	it('passes every content rule (relations, headings, links, diagrams)', () => {
		const problems = checkPages(pages);
		expect(problems, formatProblems(problems)).toEqual([]);
	});

	it.each(pages.map((page) => [page.file, page] as const))('%s matches its kind schema and has a title', (_file, page) => {
		const result = pageSchema.safeParse(page.data);
		expect(result.error?.issues ?? []).toEqual([]);
		expect(typeof page.data['title']).toBe('string');
	});

	it('writes only pages the inventory plans, so every page has a place in the method', () => {
		// The home page and the folder indexes (catalogues) are the method's own entry points.
		const isEntryPoint = (page: (typeof pages)[number]) => page.slug === 'index' || page.data['kind'] === 'catalogue';
		const unplanned = pages.filter((page) => !isEntryPoint(page) && !(page.slug in PLANNED_PAGES)).map((page) => page.file);
		expect(unplanned).toEqual([]);
	});

	it('writes every page the inventory plans, so no relation or link renders as "planned"', () => {
		const written = new Set(pages.map((page) => page.slug));
		expect(Object.keys(PLANNED_PAGES).filter((slug) => !written.has(slug))).toEqual([]);
	});

	it('gives every pattern, paper and concept at least one diagram and one source', () => {
		for (const page of pages.filter((p) => ['pattern', 'paper', 'concept'].includes(String(p.data['kind'])))) {
			expect(page.body, `${page.file} has no mermaid diagram`).toMatch(/```mermaid/);
			expect((page.data['sources'] as unknown[] | undefined)?.length ?? 0, `${page.file} cites no source`).toBeGreaterThan(0);
		}
	});

	it('gives every pattern and building block aliases, and every building block, failure and threat a source', () => {
		for (const page of pages.filter((p) => ['pattern', 'building-block'].includes(String(p.data['kind']))))
			expect((page.data['aliases'] as unknown[] | undefined)?.length ?? 0, `${page.file} has no aliases`).toBeGreaterThan(0);
		for (const page of pages.filter((p) => ['building-block', 'failure', 'threat'].includes(String(p.data['kind'])))) {
			expect((page.data['sources'] as unknown[] | undefined)?.length ?? 0, `${page.file} cites no source`).toBeGreaterThan(0);
			expect((page.data['kind'] === 'building-block' ? page.data['patterns'] : page.data['mitigations']) as unknown[], page.file).not.toEqual([]);
		}
	});

	it('gives every building block a diagram of where it sits', () => {
		for (const page of pages.filter((p) => p.data['kind'] === 'building-block')) {
			const whereItSits = page.body.split(/^## /m).find((section) => section.startsWith('Where it sits'));
			expect(whereItSits, `${page.file}: "Where it sits" has no mermaid diagram`).toMatch(/```mermaid/);
		}
	});

	it('gives every case study three diagrams and capacity and cost figures computed by the calculators', () => {
		const studies = pages.filter((p) => p.data['kind'] === 'case-study');
		expect(studies.length).toBeGreaterThanOrEqual(6);
		for (const page of studies) {
			expect(page.body.match(/```mermaid/g)?.length ?? 0, `${page.file}: diagrams`).toBeGreaterThanOrEqual(3);
			expect(page.body, `${page.file}: computed capacity`).toMatch(/<Computed tool="capacity-estimator"/);
			expect(page.body, `${page.file}: computed cost`).toMatch(/<Computed tool="cost-estimator"/);
		}
	});

	it('gives the injection threat a parameterized query and an output-encoding example in TypeScript', () => {
		const injection = pages.find((p) => p.slug === 'security/injection-attacks')!;
		const code = splitFences(injection.body).fences.filter((fence) => fence.lang === 'ts').map((fence) => fence.code).join('\n');
		expect(code).toMatch(/\$1/);
		expect(code).toMatch(/&lt;/);
	});

	it('keeps every kind folder known to the templates', () => {
		for (const page of pages.filter((p) => p.slug !== 'index')) {
			expect(Object.values(KINDS).map((k) => k.folder)).toContain(page.slug.split('/')[0]);
		}
	});
});
