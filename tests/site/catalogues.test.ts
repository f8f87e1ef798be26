/**
 * The folder indexes as built: the pattern catalogue and the failure → mitigation matrix must
 * show exactly what the pages' frontmatter declares, computed here independently of the builder.
 */
import { parse, type HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { readPages } from '../../src/build/content-files.ts';
import { CONCERN_LABELS } from '../../src/schemas/page.ts';
import { assertBuilt, readDist } from '../support/site.ts';

const pages = readPages(new URL('../../content/', import.meta.url).pathname).filter((page) => page.slug.includes('/'));
const list = (value: unknown) => (Array.isArray(value) ? value.map(String) : []);
const ofFolder = (folder: string) => pages.filter((page) => page.slug.startsWith(`${folder}/`));
const hrefOf = (slug: string) => `/hld-check/${slug}/`;

/** Every (failure or threat, page) pair declared on either side of the relation. */
function declaredPairs(columnFolder: string, rowFolder = 'failures'): Set<string> {
	const pairs = new Set<string>();
	for (const row of ofFolder(rowFolder))
		for (const slug of list(row.data['mitigations'])) if (slug.startsWith(`${columnFolder}/`)) pairs.add(`${row.slug} ${slug}`);
	for (const page of ofFolder(columnFolder))
		for (const row of list(page.data['solves'])) if (row.startsWith(`${rowFolder}/`)) pairs.add(`${row} ${page.slug}`);
	return pairs;
}

/** The pairs a matrix must mark, as (row href, column href or "planned"). */
function expectedMarks(columnFolder: string, rowFolder: string): string[] {
	const written = new Set(pages.map((page) => page.slug));
	return [...declaredPairs(columnFolder, rowFolder)].map((pair) => {
		const [row, slug] = pair.split(' ') as [string, string];
		return `${hrefOf(row)} ${written.has(slug) ? hrefOf(slug) : 'planned'}`;
	});
}

/** The (row, column) pairs a built matrix marks, read from its links and dots. */
function markedPairs(table: HTMLElement): Set<string> {
	const columns = table.querySelectorAll('thead th').slice(1);
	const columnSlug = (th: HTMLElement) => th.querySelector('a')?.getAttribute('href') ?? `planned:${th.text.trim()}`;
	const pairs = new Set<string>();
	for (const row of table.querySelectorAll('tbody tr')) {
		const rowHref = row.querySelector('th a')!.getAttribute('href')!;
		row.querySelectorAll('td').forEach((cell, i) => {
			if (cell.classList.contains('matrix-hit')) pairs.add(`${rowHref} ${columnSlug(columns[i]!)}`);
		});
	}
	return pairs;
}

beforeAll(() => assertBuilt());

describe('the failure → mitigation matrix', () => {
	const root = parse(readDist('failures/index.html'));
	const [patternTable, blockTable] = root.querySelectorAll('table.mitigation-matrix');

	it('has a row for every failure page', () => {
		const rows = patternTable!.querySelectorAll('tbody th a').map((a) => a.getAttribute('href'));
		expect(rows.sort()).toEqual(
			ofFolder('failures')
				.map((page) => hrefOf(page.slug))
				.sort(),
		);
	});

	it.each([
		['patterns', () => patternTable!],
		['building-blocks', () => blockTable!],
	])('marks exactly the failure/%s pairs declared in frontmatter', (folder, table) => {
		const expected = expectedMarks(folder, 'failures');
		const marked = [...markedPairs(table())].map((pair) => pair.replace(/planned:.*$/, 'planned'));
		expect(expected.length).toBeGreaterThan(10);
		expect(marked.sort()).toEqual(expected.sort());
	});

	it('is a keyboard-reachable, labelled scroll region with screen-reader text in every marked cell', () => {
		const region = root.querySelector('.matrix-scroll')!;
		expect(region.getAttribute('tabindex')).toBe('0');
		expect(region.getAttribute('aria-label')).toBeTruthy();
		for (const cell of patternTable!.querySelectorAll('td.matrix-hit')) expect(cell.querySelector('.sr-only')!.text).toContain('mitigates');
	});
});

describe('the threat → control matrix', () => {
	const root = parse(readDist('security/index.html'));
	const tables = root.querySelectorAll('table.mitigation-matrix');

	it.each([
		['patterns', 0],
		['building-blocks', 1],
	] as const)('marks exactly the threat/%s pairs declared in frontmatter, a row per threat', (folder, index) => {
		const table = tables[index]!;
		const rows = table.querySelectorAll('tbody th a').map((a) => a.getAttribute('href'));
		expect(rows.sort()).toEqual(
			ofFolder('security')
				.map((page) => hrefOf(page.slug))
				.sort(),
		);
		const marked = [...markedPairs(table)].map((pair) => pair.replace(/planned:.*$/, 'planned'));
		const expected = expectedMarks(folder, 'security');
		expect(expected.length).toBeGreaterThan(10);
		expect(marked.sort()).toEqual(expected.sort());
	});
});

describe('the pattern catalogue', () => {
	const root = parse(readDist('patterns/index.html'));
	const content = root.querySelector('.sl-markdown-content')!;

	it('lists every pattern under each of its concerns', () => {
		const headings = content.querySelectorAll('h3');
		for (const [concern, label] of Object.entries(CONCERN_LABELS)) {
			const heading = headings.find((h) => h.text.trim() === label)!;
			expect(heading, label).toBeDefined();
			const listed = heading.nextElementSibling!.querySelectorAll('a').map((a) => a.getAttribute('href'));
			const expected = ofFolder('patterns').filter((page) => list(page.data['concerns']).includes(concern));
			expect(listed.sort(), label).toEqual(expected.map((page) => hrefOf(page.slug)).sort());
		}
	});

	it('shows every pattern with its one-sentence problem', () => {
		const rows = content
			.querySelectorAll('table tbody tr')
			.map((tr) => [tr.querySelector('th a')!.getAttribute('href'), tr.querySelector('td')!.text.trim()]);
		const expected = ofFolder('patterns').map((page) => [hrefOf(page.slug), String(page.data['problem'])]);
		expect(rows.sort()).toEqual(expected.sort());
	});

	it('lists, under each failure, the patterns that prevent it', () => {
		const pairs = declaredPairs('patterns');
		for (const failure of ofFolder('failures')) {
			const heading = content.querySelectorAll('h3').find((h) => h.querySelector('a')?.getAttribute('href') === hrefOf(failure.slug))!;
			expect(heading, failure.slug).toBeDefined();
			const listed = heading.nextElementSibling!.querySelectorAll('a').map((a) => a.getAttribute('href'));
			const expected = [...pairs].filter((pair) => pair.startsWith(`${failure.slug} `)).map((pair) => pair.split(' ')[1]!);
			const written = expected.filter((slug) => pages.some((page) => page.slug === slug));
			expect(listed.sort(), failure.slug).toEqual(written.map(hrefOf).sort());
		}
	});
});
