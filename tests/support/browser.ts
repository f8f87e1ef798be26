/**
 * Real Chromium for browser tests. Without one, the tests are skipped with the reason,
 * except under CI=true, where a missing browser is a failure.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { BROWSER_ARGS, findBrowser } from '../../src/build/find-browser.ts';
import { BASE, serveSite } from './site.ts';

export const browserPath = findBrowser();
export const inCI = process.env['CI'] === 'true';
export const skipBrowserTests = !browserPath && !inCI;
if (skipBrowserTests) console.warn('Browser tests skipped: no Chromium found (set CHROME_PATH or install chromium).');

export async function launch(): Promise<Browser> {
	if (!browserPath) throw new Error('CI=true but no Chromium was found: set CHROME_PATH or apt-get install -y chromium');
	return chromium.launch({ executablePath: browserPath, args: BROWSER_ARGS, headless: true });
}

/** Collects console errors and failed requests so a test can assert there were none. */
export function watchErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(`console: ${message.text()}`);
	});
	page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
	// A request the page cancels by navigating away (net::ERR_ABORTED) is not a failure of the site.
	page.on('requestfailed', (request) => {
		const reason = request.failure()?.errorText ?? 'unknown';
		if (reason !== 'net::ERR_ABORTED') errors.push(`request failed: ${request.url()} (${reason})`);
	});
	return errors;
}

/** Sets Starlight's theme the way a returning reader's stored choice does, before the page loads. */
export async function setTheme(page: Page, theme: 'light' | 'dark'): Promise<void> {
	await page.addInitScript((value) => localStorage.setItem('starlight-theme', value), theme);
}

/** axe-core's browser bundle, injected into pages for accessibility checks. */
export const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * For a describe block: serves the built site and launches Chromium before its tests, closes
 * both after. `browser` is ready inside tests; `url(path)` is a page's address under the base.
 */
export function useSiteInBrowser(): { readonly browser: Browser; url(path: string): string } {
	let browser: Browser | undefined;
	let site: Awaited<ReturnType<typeof serveSite>> | undefined;
	beforeAll(async () => {
		site = await serveSite();
		browser = await launch();
	});
	afterAll(async () => {
		await browser?.close();
		await site?.close();
	});
	return {
		get browser() {
			if (!browser) throw new Error('the browser starts in beforeAll; use it inside tests');
			return browser;
		},
		url: (path: string) => `${site!.origin}${BASE}${path}`,
	};
}
