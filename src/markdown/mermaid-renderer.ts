/**
 * Renders mermaid source to SVG with the real `mermaid` package inside headless Chromium,
 * once per theme, and caches the result on disk by content hash so a rebuild only renders
 * what changed. Hand-written on playwright-core rather than mermaid-isomorphic, which needs
 * the full `playwright` package (it downloads browsers) and pins an older mermaid.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { BROWSER_ARGS, findBrowser } from '../build/find-browser.ts';
import { compactSvg } from '../lib/svg.ts';

const require = createRequire(import.meta.url);
const MERMAID_BUNDLE = require.resolve('mermaid/dist/mermaid.min.js');
const MERMAID_VERSION: string = (require('mermaid/package.json') as { version: string }).version;
/** Bump when the render options below change, so cached SVGs are redrawn. */
const RENDER_VERSION = 7;

/** Mermaid theme per site theme; the dark edge-label background is darkened to reach 4.5:1 contrast. */
export const THEMES = {
	light: { theme: 'default', themeVariables: {} },
	dark: { theme: 'dark', themeVariables: { edgeLabelBackground: '#404040' } },
} as const;
export type ThemeName = keyof typeof THEMES;

export interface RenderedDiagram {
	/** Stable id derived from the source; prefixes every id inside the SVGs. */
	id: string;
	svg: Record<ThemeName, string>;
}

const cacheDir = join(process.cwd(), '.cache', 'diagrams');
let browserPromise: Promise<Browser> | undefined;
let pagePromise: Promise<Page> | undefined;
/** mermaid.render is not re-entrant: renders run one at a time on one page. */
let queue: Promise<unknown> = Promise.resolve();
export const stats = { rendered: 0, cached: 0 };

export function diagramId(code: string): string {
	return 'mmd-' + createHash('sha256').update(code).digest('hex').slice(0, 12);
}

function cachePath(code: string): string {
	const key = createHash('sha256').update(`${MERMAID_VERSION}\n${RENDER_VERSION}\n${code}`).digest('hex');
	return join(cacheDir, `${key}.json`);
}

async function page(executablePath: string): Promise<Page> {
	browserPromise ??= chromium.launch({ executablePath, args: BROWSER_ARGS, headless: true });
	pagePromise ??= browserPromise.then(async (browser) => {
		const p = await browser.newPage();
		await p.setContent('<!doctype html><html><body></body></html>');
		await p.addScriptTag({ path: MERMAID_BUNDLE });
		return p;
	});
	return pagePromise;
}

async function renderInBrowser(executablePath: string, code: string, id: string): Promise<Record<ThemeName, string>> {
	const p = await page(executablePath);
	const svg = {} as Record<ThemeName, string>;
	for (const [name, { theme, themeVariables }] of Object.entries(THEMES) as [ThemeName, (typeof THEMES)[ThemeName]][]) {
		svg[name] = await p
			.evaluate(
				async ({ code, id, theme, themeVariables }) => {
					const mermaid = (globalThis as unknown as { mermaid: any }).mermaid;
					mermaid.initialize({ startOnLoad: false, theme, themeVariables, securityLevel: 'strict', fontFamily: 'system-ui, sans-serif' });
					const { svg } = await mermaid.render(id, code);
					return svg as string;
				},
				{ code, id: `${id}-${name}`, theme, themeVariables },
			)
			.then(compactSvg);
	}
	return svg;
}

/** Renders one diagram (or reads it from the cache). Throws mermaid's own message on a syntax error. */
export async function renderDiagram(code: string, executablePath: string): Promise<RenderedDiagram> {
	const id = diagramId(code);
	const path = cachePath(code);
	if (existsSync(path)) {
		stats.cached++;
		return { id, svg: JSON.parse(readFileSync(path, 'utf8')) as Record<ThemeName, string> };
	}
	const job = queue.then(() => renderInBrowser(executablePath, code, id));
	queue = job.catch(() => undefined);
	const svg = await job;
	mkdirSync(cacheDir, { recursive: true });
	writeFileSync(path, JSON.stringify(svg));
	stats.rendered++;
	return { id, svg };
}

/** The browser to render with, or undefined when none is installed. */
export const rendererBrowser = findBrowser;

export async function closeRenderer(): Promise<void> {
	const browser = browserPromise;
	browserPromise = undefined;
	pagePromise = undefined;
	if (browser) await (await browser).close();
}
