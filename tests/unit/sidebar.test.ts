import { describe, expect, it } from 'vitest';
import { buildSidebar } from '../../src/lib/sidebar.ts';

describe('buildSidebar', () => {
	const pages = [
		{ slug: 'patterns/bulkhead', data: { kind: 'pattern', title: 'Bulkhead', concerns: ['reliability'] } },
		{ slug: 'stages/capacity-estimation', data: { kind: 'stage', title: '5. Capacity estimation', stage: 5 } },
		{ slug: 'papers/bigtable', data: { kind: 'paper', title: 'Bigtable' } },
		{ slug: 'patterns/cache-aside', data: { kind: 'pattern', title: 'Cache-aside', concerns: ['low-latency', 'scalability'] } },
		{ slug: 'stages/clarify-requirements', data: { kind: 'stage', title: '1. Clarify requirements', stage: 1 } },
		{ slug: 'patterns/circuit-breaker', data: { kind: 'pattern', title: 'Circuit breaker', concerns: ['availability'] } },
		{ slug: 'index', data: { kind: 'home', title: 'Home' } },
	];
	const sidebar = buildSidebar(pages);

	it('puts the stages first, in method order, then the other kinds', () => {
		expect(sidebar.map((g) => g.label)).toEqual(['The method: 14 stages', 'Patterns', 'Papers']);
		expect(sidebar[0]!.items).toEqual([{ slug: 'stages/clarify-requirements' }, { slug: 'stages/capacity-estimation' }]);
	});

	it('groups patterns by their first concern, in the order of seed section 9', () => {
		const patterns = sidebar[1]!.items as { label: string; items: unknown[] }[];
		expect(patterns.map((g) => [g.label, g.items])).toEqual([
			['Low latency', [{ slug: 'patterns/cache-aside' }]],
			['Availability', [{ slug: 'patterns/circuit-breaker' }]],
			['Reliability and fault tolerance', [{ slug: 'patterns/bulkhead' }]],
		]);
	});
});

describe('buildSidebar with folder indexes', () => {
	it("opens a kind's group with the folder's catalogue page", () => {
		const sidebar = buildSidebar([
			{ slug: 'failures/traffic-spikes', data: { kind: 'failure', title: 'Traffic spikes' } },
			{ slug: 'failures/cache-failures', data: { kind: 'failure', title: 'Cache failures' } },
			{ slug: 'failures', data: { kind: 'catalogue', title: 'Failure → mitigation matrix' } },
		]);
		expect(sidebar).toHaveLength(1);
		expect(sidebar[0]!.items).toEqual([{ slug: 'failures' }, { slug: 'failures/cache-failures' }, { slug: 'failures/traffic-spikes' }]);
	});

	it('labels an index titled like its group "Overview"', () => {
		const sidebar = buildSidebar([
			{ slug: 'case-studies/news-feed', data: { kind: 'case-study', title: 'Design a news feed' } },
			{ slug: 'case-studies', data: { kind: 'catalogue', title: 'Case studies' } },
		]);
		expect(sidebar[0]!.items[0]).toEqual({ slug: 'case-studies', label: 'Overview' });
	});
});
