/**
 * The JavaScript a built page downloads on first load: its module scripts (external and inline)
 * and everything they import statically, each file once, measured gzip-compressed as GitHub
 * Pages serves it. Dynamic imports (code loaded on first use) are not counted.
 */
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { BASE, DIST, readDist } from './site.ts';

export interface PageJs {
	/** Files under DIST (or "inline #n"), with their gzip size in bytes. */
	files: Map<string, number>;
	total: number;
}

const STATIC_IMPORT = /(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']/g;

export function pageJs(page: string): PageJs {
	const html = readDist(page);
	const files = new Map<string, number>();
	const visit = (file: string) => {
		if (files.has(file)) return;
		const code = readFileSync(join(DIST, file));
		files.set(file, gzipSync(code).length);
		for (const [, specifier] of code.toString('utf8').matchAll(STATIC_IMPORT)) {
			visit(specifier!.startsWith('/') ? specifier!.slice(BASE.length) : posix.join(posix.dirname(file), specifier!));
		}
	};
	let inline = 0;
	for (const [, attributes, body] of html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
		if (!/type="module"/.test(attributes!)) continue;
		const src = /src="([^"]+)"/.exec(attributes!)?.[1];
		if (src) visit(src.slice(BASE.length));
		else {
			files.set(`inline #${++inline}`, gzipSync(body!).length);
			for (const [, specifier] of body!.matchAll(STATIC_IMPORT)) visit(specifier!.slice(BASE.length));
		}
	}
	return { files, total: [...files.values()].reduce((sum, bytes) => sum + bytes, 0) };
}

/** What a page downloads beyond a baseline page (Starlight's own scripts), in gzip bytes. */
export function extraJs(page: string, baseline: string): { files: Map<string, number>; total: number } {
	const base = pageJs(baseline).files;
	const files = new Map([...pageJs(page).files].filter(([file]) => !base.has(file)));
	return { files, total: [...files.values()].reduce((sum, bytes) => sum + bytes, 0) };
}
