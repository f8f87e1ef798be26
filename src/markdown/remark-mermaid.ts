/**
 * Turns ```mermaid fences into inline SVG at build time, one variant per theme, so readers
 * download no diagram JavaScript. Runs as a remark plugin so it sees the fence before
 * Expressive Code claims it; the SVG goes in through `<Fragment set:html>`, which keeps the
 * SVG's own <style> intact in MDX.
 *
 * Without a browser the build still succeeds (locally): it warns and falls back to
 * client-side mermaid for those diagrams. With CI=true a missing browser is an error.
 */
import type { Code, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { diagramProblems } from '../lib/content-rules.ts';
import { renderDiagram, rendererBrowser } from './mermaid-renderer.ts';

export interface MermaidOptions {
	/** The site's base path with trailing slash, for the fallback script's URL. */
	base: string;
	/** Shared with the integration: set when any diagram took the client-side fallback. */
	state: { fallbackUsed: boolean };
}

const escapeHtml = (text: string) =>
	text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export const FALLBACK_DIR = '_mermaid';

function fallbackHtml(code: string, base: string): string {
	return (
		`<figure class="diagram diagram--fallback"><pre class="mermaid">${escapeHtml(code)}</pre></figure>` +
		`<script type="module">const m=(await import(${JSON.stringify(`${base}${FALLBACK_DIR}/mermaid.esm.min.mjs`)})).default;` +
		`m.initialize({startOnLoad:false,theme:document.documentElement.dataset.theme==='dark'?'dark':'default'});m.run();</script>`
	);
}

let warned = false;

export function remarkMermaid(options: MermaidOptions) {
	return async function transform(tree: Root, file: VFile) {
		const fences: Code[] = [];
		visit(tree, 'code', (node: Code) => {
			if (node.lang === 'mermaid') fences.push(node);
		});
		if (fences.length === 0) return;

		const where = (node: Code) => `${file.path}:${node.position?.start.line ?? '?'}`;
		for (const node of fences) {
			const problems = diagramProblems(node.value);
			if (problems.length) throw new Error(`${where(node)}: mermaid diagram ${problems.join(' and ')}`);
		}

		const browser = rendererBrowser();
		if (!browser) {
			const message = 'No Chromium-family browser found for build-time diagrams (set CHROME_PATH, or `apt-get install chromium`).';
			if (process.env['CI'] === 'true') throw new Error(`${message} CI must not fall back to client-side mermaid.`);
			if (!warned) console.warn(`\n!!! ${message}\n!!! Diagrams fall back to client-side mermaid; readers will download it.\n`);
			warned = true;
			options.state.fallbackUsed = true;
		}

		for (const node of fences) {
			let html: string;
			if (browser) {
				const rendered = await renderDiagram(node.value, browser).catch((error: unknown) => {
					throw new Error(
						`${where(node)}: mermaid could not render this diagram: ${error instanceof Error ? error.message : String(error)}`,
					);
				});
				html =
					`<figure class="diagram" data-diagram="${rendered.id}" data-pagefind-ignore>` +
					`<div class="diagram__variant diagram__variant--light">${rendered.svg.light}</div>` +
					`<div class="diagram__variant diagram__variant--dark">${rendered.svg.dark}</div></figure>`;
			} else html = fallbackHtml(node.value, options.base);
			Object.assign(node, {
				type: 'mdxJsxFlowElement',
				name: 'Fragment',
				attributes: [{ type: 'mdxJsxAttribute', name: 'set:html', value: html }],
				children: [],
			});
		}
	};
}
