import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { AXE_SOURCE, setTheme, skipBrowserTests, useSiteInBrowser, watchErrors } from '../support/browser.ts';
import { htmlFiles } from '../support/site.ts';

/** Every built page, home first (the 404 page is Starlight's own). */
const PAGES = htmlFiles()
	.filter((file) => file !== '404.html')
	.map((file) => file.replace(/index\.html$/, ''));
/**
 * Pages checked with axe in both themes: every page of a kind while the kind is small, then the
 * first few of each, since pages of one kind share their template and components.
 */
const AXE_PER_KIND = 8;
const AXE_PAGES = PAGES.filter((path, _index, all) => {
	const folder = path.split('/')[0]!;
	return all.filter((other) => other.split('/')[0] === folder).indexOf(path) < AXE_PER_KIND;
});
const DIAGRAM_PAGE = 'papers/scaling-memcache-at-facebook/';

describe.skipIf(skipBrowserTests)('the built site in Chromium', () => {
	const session = useSiteInBrowser();
	const { url } = session;

	async function open(
		path: string,
		options: { theme?: 'light' | 'dark'; mobile?: boolean } = {},
	): Promise<{ page: Page; errors: string[]; requests: string[] }> {
		const page = await session.browser.newPage(
			options.mobile ? { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } : {},
		);
		const errors = watchErrors(page);
		const requests: string[] = [];
		page.on('request', (request) => requests.push(request.url()));
		if (options.theme) await setTheme(page, options.theme);
		await page.goto(url(path), { waitUntil: 'load' });
		return { page, errors, requests };
	}

	it('finds a pattern by one of its aliases from the search box, with the keyboard', async () => {
		const { page, errors } = await open('');
		// Starlight enables the search button, and listens for the shortcut, once its script has run.
		await page.locator('button[data-open-modal]:not([disabled])').waitFor();
		await page.keyboard.press('Control+k');
		const dialog = page.getByRole('dialog', { name: 'Search' });
		await dialog.getByRole('textbox', { name: 'Search' }).fill('fail fast');
		const result = dialog.getByRole('link', { name: /Circuit breaker/ }).first();
		// The first query downloads Pagefind's wasm and index; on a busy CI machine that is slow, not broken.
		await result.waitFor({ state: 'visible', timeout: 45_000 });
		await result.focus();
		await page.keyboard.press('Enter');
		await page.waitForURL(/patterns\/circuit-breaker\//);
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Circuit breaker');
		expect(errors).toEqual([]);
		await page.close();
	}, 90_000);

	it('switches diagram variants with the theme picker, downloading no diagram JavaScript', async () => {
		const { page, errors, requests } = await open(DIAGRAM_PAGE);
		const visibleVariants = () =>
			page.$$eval('.diagram__variant', (nodes) =>
				nodes
					.filter((node) => getComputedStyle(node).display !== 'none')
					.map((node) => node.className.replace('diagram__variant diagram__variant--', '')),
			);
		const diagrams = await page.locator('figure.diagram').count();
		expect(diagrams).toBeGreaterThanOrEqual(2);

		const picker = page.getByRole('combobox', { name: 'Select theme' });
		await picker.selectOption('dark');
		expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
		expect(await visibleVariants()).toEqual(Array(diagrams).fill('dark'));

		await picker.selectOption('light');
		expect(await visibleVariants()).toEqual(Array(diagrams).fill('light'));

		expect(requests.filter((request) => /mermaid/i.test(request))).toEqual([]);
		expect(errors).toEqual([]);
		await page.close();
	});

	it('keeps SVG ids unique on a page, so markers resolve in both variants', async () => {
		const { page } = await open(DIAGRAM_PAGE);
		const duplicates = await page.$$eval('[id]', (nodes) => {
			const seen = new Map<string, number>();
			for (const node of nodes) seen.set(node.id, (seen.get(node.id) ?? 0) + 1);
			return [...seen].filter(([, count]) => count > 1).map(([id]) => id);
		});
		expect(duplicates).toEqual([]);
		await page.close();
	});

	it('opens the sidebar from the mobile menu button and reaches a stage', async () => {
		const { page, errors } = await open('patterns/circuit-breaker/', { mobile: true });
		const sidebarLink = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: '1. Clarify requirements' });
		expect(await sidebarLink.isVisible()).toBe(false);
		await page.getByRole('button', { name: 'Menu' }).click();
		await sidebarLink.waitFor({ state: 'visible' });
		await sidebarLink.click();
		await page.waitForURL(/stages\/clarify-requirements\//);
		expect(errors).toEqual([]);
		await page.close();
	});

	describe.concurrent('accessibility (axe) of every page', () => {
		const cases = AXE_PAGES.flatMap((path) => (['light', 'dark'] as const).map((theme) => [path, theme] as const));
		it.each(cases)('/%s in the %s theme has no violations', async (path, theme) => {
			const { page, errors } = await open(path, { theme });
			expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe(theme);
			// Expressive Code makes overflowing code blocks focusable from an idle callback; let it run.
			await page.waitForFunction(() =>
				[...document.querySelectorAll('.expressive-code pre')].every(
					(pre) => pre.scrollWidth <= pre.clientWidth || pre.hasAttribute('tabindex'),
				),
			);
			await page.addScriptTag({ content: AXE_SOURCE });
			const violations = await page.evaluate(async () => {
				const axe = (globalThis as unknown as { axe: { run(): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } })
					.axe;
				const result = await axe.run();
				return result.violations.map(
					(v) =>
						`${v.id}: ${v.nodes
							.map((n) => n.target.join(' '))
							.slice(0, 3)
							.join(', ')}`,
				);
			});
			expect(violations).toEqual([]);
			expect(errors).toEqual([]);
			await page.close();
		});
	});
});
