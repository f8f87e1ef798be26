import { beforeAll, describe, expect, it } from 'vitest';
import { readPages } from '../../src/build/content-files.ts';
import { search } from '../support/pagefind.ts';
import { assertBuilt, BASE } from '../support/site.ts';

beforeAll(() => assertBuilt());

/** Kinds whose names and aliases readers search for directly (case studies by "TinyURL", "bit.ly design"…). */
const SEARCHED_KINDS = ['pattern', 'concept', 'paper', 'failure', 'tradeoff', 'threat', 'building-block', 'case-study'];

const cases = readPages(new URL('../../content/', import.meta.url).pathname)
	.filter((page) => SEARCHED_KINDS.includes(String(page.data['kind'])))
	.flatMap((page) =>
		[String(page.data['title']), ...((page.data['aliases'] as string[] | undefined) ?? [])].map((query) => [query, page.slug] as const),
	);

describe('every page is found by its name and by each of its aliases', () => {
	it.each(cases)('"%s" finds %s in the top 3', async (query, slug) => {
		const hits = await search(query);
		expect(hits.map((hit) => hit.url)).toContain(`${BASE}${slug}/`);
	});
});
