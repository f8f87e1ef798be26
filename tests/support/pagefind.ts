/** Queries the Pagefind index of the built site from Node, as the search box does in a browser. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { SEARCH_RANKING } from '../../src/lib/search.ts';
import { BASE, DIST } from './site.ts';

export interface SearchHit {
	url: string;
	title: string;
	excerpt: string;
	filters: Record<string, string[]>;
}

interface PagefindModule {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	search(
		query: string,
		options?: { filters?: Record<string, string> },
	): Promise<{
		results: { data(): Promise<{ url: string; excerpt: string; meta: { title: string }; filters: Record<string, string[]> }> }[];
	}>;
	filters(): Promise<Record<string, Record<string, number>>>;
}

let pagefind: Promise<PagefindModule> | undefined;

/** Pagefind fetches its index chunks; Node's fetch cannot read file: URLs, so serve those from disk. */
function installFileFetch(): void {
	const original = globalThis.fetch;
	globalThis.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
		const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
		if (url.startsWith('file:')) return new Response(await readFile(fileURLToPath(url)));
		return original(input, init);
	};
}

export function loadPagefind(): Promise<PagefindModule> {
	pagefind ??= (async () => {
		installFileFetch();
		const module = (await import(pathToFileURL(join(DIST, 'pagefind', 'pagefind.js')).href)) as PagefindModule;
		await module.options({ baseUrl: BASE, ranking: SEARCH_RANKING });
		await module.init();
		return module;
	})();
	return pagefind;
}

export async function search(query: string, filters?: Record<string, string>, limit = 3): Promise<SearchHit[]> {
	const module = await loadPagefind();
	const result = await module.search(query, filters ? { filters } : undefined);
	const data = await Promise.all(result.results.slice(0, limit).map((r) => r.data()));
	return data.map((d) => ({ url: d.url, title: d.meta.title, excerpt: d.excerpt, filters: d.filters }));
}
