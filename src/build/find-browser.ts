/** Finds a Chromium-family browser for build-time diagrams and browser tests. */
import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

const COMMON_PATHS = [
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/usr/bin/google-chrome',
	'/usr/bin/google-chrome-stable',
	'/snap/bin/chromium',
	'/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
	'/Applications/Chromium.app/Contents/MacOS/Chromium',
	'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

function playwrightCacheBrowsers(): string[] {
	const cache = process.env['PLAYWRIGHT_BROWSERS_PATH'] ?? join(homedir(), '.cache', 'ms-playwright');
	if (!existsSync(cache)) return [];
	return readdirSync(cache)
		.filter((name) => name.startsWith('chromium'))
		.sort()
		.reverse()
		.flatMap((name) =>
			['chrome-linux64/chrome', 'chrome-linux/chrome', 'chrome-headless-shell-linux64/chrome-headless-shell'].map((p) =>
				join(cache, name, p),
			),
		);
}

/** CHROME_PATH first, then the usual install locations, then a Playwright browser cache. */
export function findBrowser(): string | undefined {
	const fromEnv = process.env['CHROME_PATH'];
	if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
	return [...COMMON_PATHS, ...playwrightCacheBrowsers()].find((path) => existsSync(path));
}

/** Flags that keep headless Chromium quiet and offline (it has no network to talk to). */
export const BROWSER_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-dev-shm-usage',
];
