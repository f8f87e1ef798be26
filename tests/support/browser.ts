/**
 * Real Chromium for browser tests. Without one, the tests are skipped with the reason,
 * except under CI=true, where a missing browser is a failure.
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import { BROWSER_ARGS, findBrowser } from '../../src/build/find-browser.ts';

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
	page.on('requestfailed', (request) => errors.push(`request failed: ${request.url()}`));
	return errors;
}

/** Sets Starlight's theme the way a returning reader's stored choice does, before the page loads. */
export async function setTheme(page: Page, theme: 'light' | 'dark'): Promise<void> {
	await page.addInitScript((value) => localStorage.setItem('starlight-theme', value), theme);
}
