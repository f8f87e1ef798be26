/**
 * npm run bench: build time (cold and with the diagram cache warm), pages and diagrams built,
 * bytes per page type on first load and after idle (gzip), Pagefind bytes for a first query,
 * and Lighthouse (mobile) scores. Not part of the tests: numbers, not pass/fail.
 *   npm run bench                 everything
 *   npm run bench -- --no-lighthouse
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { BROWSER_ARGS, findBrowser } from '../src/build/find-browser.ts';
import { BASE, DIST, htmlFiles, serveSite } from '../tests/support/site.ts';

const PAGE_TYPES: Record<string, string> = {
	home: '',
	stage: 'stages/clarify-requirements/',
	pattern: 'patterns/circuit-breaker/',
	paper: 'papers/scaling-memcache-at-facebook/',
	'building block': 'building-blocks/load-balancers/',
	'case study': 'case-studies/news-feed/',
	'failure matrix': 'failures/',
	worksheet: 'tools/worksheet/',
	calculator: 'tools/capacity-estimator/',
	'calculator (cost)': 'tools/cost-estimator/',
	'calculator (availability)': 'tools/availability-calculator/',
	'calculator (Snowflake ID)': 'tools/snowflake-id/',
	'calculator (Bloom filter)': 'tools/bloom-filter-calculator/',
};
const cacheDir = '.cache/diagrams';

function build(label: string): number {
	const started = performance.now();
	const result = spawnSync('npm', ['run', 'build:check'], {
		stdio: ['ignore', 'ignore', 'inherit'],
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
	});
	if (result.status !== 0) throw new Error(`${label} build failed`);
	return (performance.now() - started) / 1000;
}

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

rmSync(cacheDir, { recursive: true, force: true });
const cold = build('cold');
const rendered = existsSync(cacheDir) ? readdirSync(cacheDir).length : 0;
const warm = build('warm');
const pages = htmlFiles();
const diagrams = pages.reduce((n, file) => n + (readFileSync(join(DIST, file), 'utf8').match(/<figure class="diagram"/g)?.length ?? 0), 0);

console.log('\n## Build\n');
console.log('| measure | value |\n|---|---|');
console.log(`| cold build (no diagram cache) | ${cold.toFixed(1)} s |`);
console.log(`| warm build (diagram cache) | ${warm.toFixed(1)} s |`);
console.log(`| pages | ${pages.length} |`);
console.log(`| diagrams on pages (distinct renders) | ${diagrams} (${rendered}) |`);

const executablePath = findBrowser();
if (!executablePath) {
	console.log('\nNo Chromium found: page weights and Lighthouse need one (set CHROME_PATH).');
	process.exit(0);
}
const site = await serveSite();
const port = 9300 + Math.floor(Math.random() * 500);
const browser = await chromium.launch({ executablePath, args: [...BROWSER_ARGS, `--remote-debugging-port=${port}`] });

type Kind = 'html' | 'css' | 'js' | 'other';
const kindOf = (url: string, type: string): Kind =>
	type === 'document' ? 'html' : type === 'stylesheet' ? 'css' : type === 'script' || /\.m?js$/.test(url) ? 'js' : 'other';

async function weigh(path: string) {
	const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
	const seen: { url: string; kind: Kind; bytes: number; phase: 'load' | 'idle' }[] = [];
	let phase: 'load' | 'idle' = 'load';
	page.on('requestfinished', async (request) => {
		// The phase when the request finished, not when its body has been read (after the awaits).
		const finishedIn = phase;
		const response = await request.response();
		const body = response ? await response.body().catch(() => Buffer.alloc(0)) : Buffer.alloc(0);
		seen.push({ url: request.url(), kind: kindOf(request.url(), request.resourceType()), bytes: gzipSync(body).length, phase: finishedIn });
	});
	const response = await page.goto(`${site.origin}${BASE}${path}`, { waitUntil: 'load' });
	if (!response?.ok()) {
		await page.close();
		return undefined;
	}
	phase = 'idle';
	await page.waitForLoadState('networkidle');
	await page.waitForTimeout(1500);
	const sum = (kind: Kind, phases: ('load' | 'idle')[]) =>
		seen.filter((r) => r.kind === kind && phases.includes(r.phase)).reduce((n, r) => n + r.bytes, 0);
	const result = {
		html: sum('html', ['load']),
		css: sum('css', ['load']),
		js: sum('js', ['load']),
		jsIdle: sum('js', ['load', 'idle']),
		mermaid: seen.filter((r) => /mermaid/i.test(r.url)).length,
	};
	await page.close();
	return result;
}

console.log('\n## Bytes per page type (gzip, mobile viewport)\n');
console.log('| page | HTML | CSS | JS on load | JS after idle | diagram JS requests |\n|---|---|---|---|---|---|');
for (const [type, path] of Object.entries(PAGE_TYPES)) {
	const w = await weigh(path);
	console.log(
		w
			? `| ${type} (/${path}) | ${kb(w.html)} | ${kb(w.css)} | ${kb(w.js)} | ${kb(w.jsIdle)} | ${w.mermaid} |`
			: `| ${type} (/${path}) | not built yet | | | | |`,
	);
}

{
	const page = await browser.newPage();
	await page.goto(`${site.origin}${BASE}`, { waitUntil: 'networkidle' });
	let bytes = 0;
	let files = 0;
	page.on('requestfinished', async (request) => {
		if (!request.url().includes('/pagefind/')) return;
		const body = await (await request.response())?.body().catch(() => undefined);
		if (body) {
			bytes += gzipSync(body).length;
			files++;
		}
	});
	// Starlight enables the search button, and listens for the shortcut, once its script has run.
	await page.locator('button[data-open-modal]:not([disabled])').waitFor();
	await page.keyboard.press('Control+k');
	await page.getByRole('dialog', { name: 'Search' }).getByRole('textbox', { name: 'Search' }).fill('circuit breaker');
	await page.locator('.pagefind-ui__result').first().waitFor();
	await page.waitForLoadState('networkidle');
	console.log(`\n## Search\n\nFirst query ("circuit breaker"): ${files} Pagefind files, ${kb(bytes)} gzip (UI, wasm, index, fragments).`);
	await page.close();
}

if (!process.argv.includes('--no-lighthouse')) {
	const { default: lighthouse } = await import('lighthouse');
	console.log('\n## Lighthouse (mobile)\n');
	console.log('| page | performance | accessibility | best practices | SEO |\n|---|---|---|---|---|');
	for (const [type, path] of Object.entries(PAGE_TYPES)) {
		const url = `${site.origin}${BASE}${path}`;
		if (!(await fetch(url)).ok) continue;
		const result = await lighthouse(url, { port, output: 'json', logLevel: 'error' });
		const categories = result?.lhr.categories ?? {};
		const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
		console.log(`| ${type} | ${score('performance')} | ${score('accessibility')} | ${score('best-practices')} | ${score('seo')} |`);
	}
}

await browser.close();
await site.close();
