// @ts-check
import { cpSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import starlight from '@astrojs/starlight';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { readPages } from './src/build/content-files.ts';
import { checkPages, formatProblems } from './src/lib/content-rules.ts';
import { buildSidebar } from './src/lib/sidebar.ts';
import { SEARCH_RANKING } from './src/lib/search.ts';
import { remarkMermaid, FALLBACK_DIR } from './src/markdown/remark-mermaid.ts';
import { closeRenderer } from './src/markdown/mermaid-renderer.ts';
import { rehypeInternalLinks } from './src/markdown/rehype-internal-links.ts';
import { rehypeFocusableTables } from './src/markdown/rehype-focusable-tables.ts';
import { fixBuiltSite } from './src/build/html-fixes.ts';

/** GitHub Pages serves a fork at https://<owner>.github.io/<repo>/: the workflow sets both. */
const site = process.env.SITE_URL || 'https://example.github.io';
const base = `/${(process.env.BASE_PATH ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');

// Every page's relations, headings, links and diagrams are checked before anything renders.
const pages = readPages(fileURLToPath(new URL('./content/', import.meta.url)));
const problems = checkPages(pages);
if (problems.length) {
	throw new Error(`The content has ${problems.length} problem(s):\n${formatProblems(problems)}\n`);
}

const mermaidState = { fallbackUsed: false };

export default defineConfig({
	site,
	base,
	trailingSlash: 'always',
	markdown: {
		processor: unified({
			remarkPlugins: [[remarkMermaid, { base, state: mermaidState }]],
			rehypePlugins: [[rehypeInternalLinks, { base, written: new Set(pages.map((page) => page.slug)) }], rehypeFocusableTables],
		}),
	},
	integrations: [
		starlight({
			title: 'HLD Handbook',
			description: 'Learn High Level Design (system design) through a 14-stage method, patterns, papers and calculators.',
			customCss: ['./src/styles/custom.css'],
			components: {
				MarkdownContent: './src/overrides/MarkdownContent.astro',
				Footer: './src/overrides/Footer.astro',
			},
			markdown: { processedDirs: ['./content'] },
			// Wrapped code never scrolls sideways: readable on phones, and no unlabelled scroll regions.
			expressiveCode: { defaultProps: { wrap: true } },
			sidebar: buildSidebar(pages),
			pagefind: { ranking: SEARCH_RANKING },
		}),
		{
			name: 'hld-handbook:build-done',
			hooks: {
				'astro:build:done': async ({ dir, logger }) => {
					await closeRenderer();
					fixBuiltSite(fileURLToPath(dir));
					if (mermaidState.fallbackUsed) {
						const dist = fileURLToPath(new URL('./node_modules/mermaid/dist/', import.meta.url));
						cpSync(`${dist}mermaid.esm.min.mjs`, fileURLToPath(new URL(`${FALLBACK_DIR}/mermaid.esm.min.mjs`, dir)));
						cpSync(`${dist}chunks/mermaid.esm.min`, fileURLToPath(new URL(`${FALLBACK_DIR}/chunks/mermaid.esm.min`, dir)), {
							recursive: true,
						});
						logger.warn('Diagrams were not rendered at build time; client-side mermaid was copied into the site.');
					}
				},
			},
		},
	],
});
