import { describe, expect, it } from 'vitest';
import { relationGroups, type GraphPage } from '../../src/lib/graph.ts';

const pages: GraphPage[] = [
	{
		slug: 'patterns/circuit-breaker',
		title: 'Circuit breaker',
		data: {
			kind: 'pattern',
			solves: ['failures/network-latency-and-failures'],
			related: ['patterns/bulkhead', 'patterns/retry-with-backoff'],
		},
	},
	{ slug: 'patterns/bulkhead', title: 'Bulkhead', data: { kind: 'pattern', related: ['patterns/circuit-breaker'] } },
	{
		slug: 'papers/scaling-memcache-at-facebook',
		title: 'Memcache',
		data: { kind: 'paper', patterns: ['concepts/leases', 'patterns/circuit-breaker'] },
	},
	{ slug: 'concepts/leases', title: 'Leases', data: { kind: 'concept' } },
	{ slug: 'stages/clarify-requirements', title: 'Clarify', data: { kind: 'stage' } },
	{ slug: 'patterns/retry-with-backoff', title: 'Retry', data: { kind: 'pattern', stages: ['stages/clarify-requirements'] } },
];

const groupsOf = (slug: string) => Object.fromEntries(relationGroups(slug, pages).map((g) => [g.label, g.links.map((l) => l.slug)]));

describe('relationGroups', () => {
	it('shows a paper on the pages it names, computed from the paper alone', () => {
		expect(groupsOf('concepts/leases')).toEqual({ 'Seen in papers': ['papers/scaling-memcache-at-facebook'] });
	});

	it('lists planned targets after written ones, marked unwritten', () => {
		const mitigates = relationGroups('patterns/circuit-breaker', pages).find((g) => g.label === 'Mitigates')!;
		expect(mitigates.links).toEqual([
			{ slug: 'failures/network-latency-and-failures', title: 'Network latency and failures', written: false },
		]);
	});

	it('does not repeat a page under "Referenced by" that is already under "Related"', () => {
		const groups = groupsOf('patterns/circuit-breaker');
		expect(groups['Related']).toEqual(['patterns/bulkhead', 'patterns/retry-with-backoff']);
		expect(groups['Referenced by']).toBeUndefined();
		expect(groups['Seen in papers']).toEqual(['papers/scaling-memcache-at-facebook']);
	});

	it('gives a stage the patterns that name it, and puts generic groups last', () => {
		expect(groupsOf('stages/clarify-requirements')).toEqual({ 'Patterns used in this stage': ['patterns/retry-with-backoff'] });
		const labels = relationGroups('patterns/circuit-breaker', pages).map((g) => g.label);
		expect(labels.at(-1)).toBe('Related');
	});
});
