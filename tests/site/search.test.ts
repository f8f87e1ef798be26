import { beforeAll, describe, expect, it } from 'vitest';
import { loadPagefind, search } from '../support/pagefind.ts';
import { assertBuilt, BASE, readDist } from '../support/site.ts';

beforeAll(() => assertBuilt());

/** What a reader types, and the page that must come back in the top three (`a|b`: either page answers it). */
const QUERIES: [query: string, slug: string][] = [
	['circuit breaker', 'patterns/circuit-breaker'],
	['fail fast', 'patterns/circuit-breaker'],
	['half-open state', 'patterns/circuit-breaker'],
	['Hystrix', 'patterns/circuit-breaker'],
	['dependency keeps timing out', 'patterns/circuit-breaker'],
	['memcache', 'papers/scaling-memcache-at-facebook'],
	['gutter pool', 'papers/scaling-memcache-at-facebook'],
	['thundering herd', 'papers/scaling-memcache-at-facebook'],
	['mcrouter', 'papers/scaling-memcache-at-facebook'],
	['remote markers', 'papers/scaling-memcache-at-facebook'],
	['servers crash under traffic spikes', 'failures/traffic-spikes'],
	['messages pile up in the queue', 'failures/message-queue-overload'],
	['new release breaks production', 'failures/deployment-failures|patterns/rollback'],
	['cache node down floods the database', 'failures/cache-failures'],
	['zookie', 'papers/zanzibar'],
	['new enemy problem', 'papers/zanzibar'],
	['relationship-based access control', 'papers/zanzibar'],
	['chunkserver', 'papers/google-file-system'],
	['record append', 'papers/google-file-system'],
	['tablet server', 'papers/bigtable'],
	['wide-column store', 'papers/bigtable'],
	['social graph', 'papers/facebook-tao'],
	['associations and objects', 'papers/facebook-tao'],
	['non-functional requirements', 'stages/clarify-requirements'],
	['NFRs', 'stages/clarify-requirements'],
	['requirements gathering', 'stages/clarify-requirements'],
	['SLO', 'stages/clarify-requirements'],
	['QPS calculator', 'tools/capacity-estimator'],
	['how many servers do I need', 'tools/capacity-estimator'],
	['cloud cost', 'tools/cost-estimator'],
	['five nines downtime', 'tools/availability-calculator'],
	['discord snowflake', 'tools/snowflake-id'],
	['bloom filter false positive rate', 'tools/bloom-filter-calculator'],
];

describe('search over the built index', () => {
	it.each(QUERIES)('"%s" finds %s in the top 3', async (query, slug) => {
		const urls = (await search(query)).map((hit) => hit.url);
		const answers = slug.split('|').map((answer) => `${BASE}${answer}/`);
		expect(
			urls.filter((url) => answers.includes(url)),
			`top 3: ${urls.join(', ')}`,
		).not.toEqual([]);
	});

	it('filters results by page kind', async () => {
		const filters = await (await loadPagefind()).filters();
		expect(Object.keys(filters['kind'] ?? {})).toEqual(expect.arrayContaining(['pattern', 'paper', 'stage', 'home']));
		const papersOnly = await search('cache', { kind: 'paper' }, 10);
		expect(papersOnly.length).toBeGreaterThan(0);
		expect(papersOnly.every((hit) => hit.filters['kind']?.includes('paper'))).toBe(true);
	});

	it('returns clean excerpts, without markup from diagrams or code', async () => {
		for (const [query] of QUERIES) {
			for (const hit of await search(query)) {
				expect(hit.excerpt.replace(/<\/?mark>/g, '')).not.toMatch(/<|accTitle|stroke-width|class=/);
			}
		}
	});

	it('returns only pages that contain a rare term', async () => {
		const hits = await search('zookie', undefined, 50);
		expect(hits.length).toBeGreaterThan(0);
		expect(hits.length).toBeLessThan(10);
		for (const hit of hits) expect(readDist(`${hit.url.slice(BASE.length)}index.html`).toLowerCase(), hit.url).toContain('zookie');
	});
});
