import { describe, expect, it } from 'vitest';
import { catalogue } from '../../src/lib/catalogue.ts';

const pages = [
	{ slug: 'failures/cache-failures', title: 'Cache failures', data: { concerns: ['availability'] } },
	{ slug: 'patterns/bulkhead', title: 'Bulkhead', data: { concerns: ['reliability'] } },
	{ slug: 'patterns/cache-aside', title: 'Cache-aside', data: { concerns: ['low-latency'] } },
];

describe('catalogue', () => {
	it('lists every failure of the inventory, written ones as links and the rest as planned', () => {
		const failures = catalogue(pages, 'failures');
		expect(failures).toHaveLength(10);
		expect(failures.find((l) => l.slug === 'failures/cache-failures')).toEqual({
			slug: 'failures/cache-failures',
			title: 'Cache failures',
			written: true,
		});
		expect(failures.filter((l) => l.written)).toHaveLength(1);
		expect(failures.map((l) => l.title)).toEqual([...failures.map((l) => l.title)].sort((a, b) => a.localeCompare(b)));
	});

	it('filters written pages by concern', () => {
		expect(catalogue(pages, 'patterns', 'reliability').map((l) => l.slug)).toEqual(['patterns/bulkhead']);
	});
});
