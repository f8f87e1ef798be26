/**
 * The worksheet and progress pages as built: generated from the content (every stage with its
 * checklist, every stage, pattern and paper listed), every control labelled, and their
 * JavaScript within budget (3 KB gzip beyond Starlight's own per tool or calculator).
 */
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { readPages } from '../../src/build/content-files.ts';
import { extraJs } from '../support/page-js.ts';
import { assertBuilt, readDist } from '../support/site.ts';

/** Gzip bytes of JavaScript beyond Starlight's own: 3 KB per tool, plus the two calculators the worksheet embeds. */
const BUDGET: Record<string, number> = { progress: 3000, worksheet: 3000 + 2 * 3000 };
const BASELINE = 'patterns/circuit-breaker/index.html';
const pages = readPages(new URL('../../content/', import.meta.url).pathname);

beforeAll(() => assertBuilt());

describe('the worksheet and progress pages', () => {
	it.each(['worksheet', 'progress'])('%s keeps within its gzip JavaScript budget beyond Starlight’s own', (slug) => {
		const extra = extraJs(`tools/${slug}/index.html`, BASELINE);
		const detail = [...extra.files].map(([file, bytes]) => `${file} ${bytes} B`).join(', ');
		expect(extra.total, detail).toBeGreaterThan(0);
		expect(extra.total, detail).toBeLessThanOrEqual(BUDGET[slug]!);
	});

	it('the worksheet has a section per stage, in order, with that stage’s checklist and a labelled notes field', () => {
		const root = parse(readDist('tools/worksheet/index.html'));
		const stages = pages.filter((page) => page.data['kind'] === 'stage').sort((a, b) => Number(a.data['stage']) - Number(b.data['stage']));
		const sections = root.querySelectorAll('hld-worksheet section');
		expect(sections).toHaveLength(14);
		sections.forEach((section, i) => {
			const stage = stages[i]!;
			expect(section.querySelector('h3')!.text.trim()).toBe(String(stage.data['title']));
			expect(section.querySelector('h3 a')!.getAttribute('href')).toBe(`/hld-check/${stage.slug}/`);
			expect(section.querySelectorAll(`#ws-hints-${i + 1} li`).map((li) => li.text)).toEqual(stage.data['checklist']);
		});
		for (const field of root.querySelectorAll('hld-worksheet :is(input, select, textarea)'))
			expect(root.querySelector(`label[for="${field.id}"]`), field.id).not.toBeNull();
	});

	it('the progress page lists every stage, pattern and paper with a labelled checkbox', () => {
		const root = parse(readDist('tools/progress/index.html'));
		const listed = root.querySelectorAll('hld-progress [data-slug]').map((box) => box.getAttribute('data-slug'));
		const expected = pages.filter((page) => /^(stages|patterns|papers)\//.test(page.slug)).map((page) => page.slug);
		expect(new Set(listed)).toEqual(new Set(expected));
		for (const box of root.querySelectorAll('hld-progress input'))
			expect(root.querySelector(`label[for="${box.id}"]`), box.id).not.toBeNull();
	});
});
