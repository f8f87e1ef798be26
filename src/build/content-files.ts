/** Reads the handbook's MDX files from disk (for the build-time checks, the sidebar and tests). */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse } from 'yaml';
import type { SourcePage } from '../lib/content-rules.ts';

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

export function parsePage(file: string, slug: string, text: string): SourcePage {
	const match = FRONTMATTER.exec(text);
	if (!match) return { file, slug, data: {}, body: text, bodyLine: 1 };
	const data: unknown = parse(match[1]!);
	return {
		file,
		slug,
		data: data && typeof data === 'object' ? (data as Record<string, unknown>) : {},
		body: text.slice(match[0].length),
		bodyLine: match[0].split('\n').length,
	};
}

/** Every `.mdx` page under `contentDir` (files starting with `_` are skipped, as Starlight does). */
export function readPages(contentDir: string, root: string = process.cwd()): SourcePage[] {
	const pages: SourcePage[] = [];
	const walk = (dir: string) => {
		for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
			const path = join(dir, entry.name);
			if (entry.isDirectory()) walk(path);
			else if (entry.name.endsWith('.mdx') && !entry.name.startsWith('_')) {
				const slug = relative(contentDir, path)
					.split(sep)
					.join('/')
					.replace(/\.mdx$/, '')
					// Starlight serves `patterns/index.mdx` at /patterns/, with the id `patterns`.
					.replace(/\/index$/, '');
				pages.push(parsePage(relative(root, path), slug, readFileSync(path, 'utf8')));
			}
		}
	};
	walk(contentDir);
	return pages;
}
