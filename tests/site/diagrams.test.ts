import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { readPages } from '../../src/build/content-files.ts';
import { splitFences } from '../../src/lib/content-rules.ts';
import { assertBuilt, htmlFiles, readDist } from '../support/site.ts';

beforeAll(() => assertBuilt());

describe('diagrams in the built site', () => {
	const pages = readPages(new URL('../../content/', import.meta.url).pathname);
	const fencesBySlug = new Map(pages.map((page) => [page.slug, splitFences(page.body).fences.filter((f) => f.lang === 'mermaid').length]));

	it('renders every mermaid fence of every page as an inline SVG figure', () => {
		for (const [slug, fences] of fencesBySlug) {
			const html = readDist(slug === 'index' ? 'index.html' : `${slug}/index.html`);
			expect(parse(html).querySelectorAll('figure.diagram').length, slug).toBe(fences);
		}
		expect([...fencesBySlug.values()].reduce((a, b) => a + b, 0)).toBeGreaterThan(3);
	});

	it('gives each figure a light and a dark SVG, each with its own ids and an accessible title and description', () => {
		for (const file of htmlFiles()) {
			for (const figure of parse(readDist(file)).querySelectorAll('figure.diagram')) {
				const svgs = figure.querySelectorAll('svg[aria-roledescription]');
				expect(
					svgs.map((svg) => svg.id.replace(/^mmd-[0-9a-f]{12}-/, '')),
					file,
				).toEqual(['light', 'dark']);
				for (const svg of svgs) {
					const title = svg.querySelector(`#${svg.getAttribute('aria-labelledby')}`)?.text.trim();
					const description = svg.querySelector(`#${svg.getAttribute('aria-describedby')}`)?.text.trim();
					expect(title, `${file} ${svg.id}`).toBeTruthy();
					expect(description, `${file} ${svg.id}`).toBeTruthy();
				}
			}
		}
	});

	it('ships no mermaid runtime: no fallback bundle, no script mentioning mermaid', () => {
		expect(htmlFiles().some((file) => /<script[^>]*>[^<]*mermaid|src="[^"]*mermaid/i.test(readDist(file)))).toBe(false);
		expect(htmlFiles().some((file) => file.startsWith('_mermaid'))).toBe(false);
	});
});
