/**
 * Every figure a page prints with <Computed> links to its calculator with the same inputs; in
 * Chromium, that calculator must show the same value and text, so the reader can reproduce it.
 */
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { htmlFiles, readDist } from '../support/site.ts';
import { skipBrowserTests, useSiteInBrowser, watchErrors } from '../support/browser.ts';

interface Figure {
	page: string;
	output: string;
	value: string;
	text: string;
}

/** Figures grouped by the calculator link they carry. */
const figuresByLink = new Map<string, Figure[]>();
for (const file of htmlFiles()) {
	const html = readDist(file);
	if (!html.includes('class="computed"')) continue;
	for (const link of parse(html).querySelectorAll('a.computed')) {
		const href = link.getAttribute('href')!;
		const figure = {
			page: file,
			output: link.getAttribute('data-output')!,
			value: link.getAttribute('data-value')!,
			text: link.text.trim(),
		};
		figuresByLink.set(href, [...(figuresByLink.get(href) ?? []), figure]);
	}
}

describe.skipIf(skipBrowserTests)('computed figures reproduce in their calculators', () => {
	const site = useSiteInBrowser();

	it('the built pages carry computed figures', () => {
		expect(figuresByLink.size).toBeGreaterThan(3);
	});

	it.each([...figuresByLink.keys()])('%s', async (href) => {
		const page = await site.browser.newPage();
		const errors = watchErrors(page);
		await page.goto(site.url(href.replace(/^\/hld-check\//, '')));
		for (const figure of figuresByLink.get(href)!) {
			const output = page.locator(`[data-output="${figure.output}"]`).first();
			expect(await output.count(), `${figure.page}: the calculator shows no "${figure.output}"`).toBe(1);
			await expect.poll(() => output.getAttribute('data-value'), { message: `${figure.page}: ${figure.output}` }).toBe(figure.value);
			expect((await output.textContent())!.trim(), `${figure.page}: ${figure.output}`).toBe(figure.text);
		}
		expect(errors).toEqual([]);
		await page.close();
	});
});
