import { describe, expect, it } from 'vitest';
import { mitigationMatrix } from '../../src/lib/mitigations.ts';

const page = (slug: string, title: string, data: Record<string, unknown> = {}) => ({ slug, title, data });

describe('mitigationMatrix', () => {
	const pages = [
		page('failures/traffic-spikes', 'Traffic spikes', { mitigations: ['patterns/rate-limiting', 'building-blocks/cdn'] }),
		page('failures/cache-failures', 'Cache failures', { mitigations: [] }),
		page('patterns/rate-limiting', 'Rate limiting', { solves: ['failures/traffic-spikes'] }),
		page('patterns/cache-warm-up', 'Cache warm-up', { solves: ['failures/cache-failures', 'failures/traffic-spikes'] }),
		page('patterns/bulkhead', 'Bulkhead', { solves: [] }),
	];

	it('merges both sides of the relation, without duplicates', () => {
		const { rows } = mitigationMatrix(pages, 'failures', 'patterns');
		const spikes = rows.find((row) => row.problem.slug === 'failures/traffic-spikes')!;
		expect([...spikes.mitigatedBy].sort()).toEqual(['patterns/cache-warm-up', 'patterns/rate-limiting']);
		const cache = rows.find((row) => row.problem.slug === 'failures/cache-failures')!;
		expect([...cache.mitigatedBy]).toEqual(['patterns/cache-warm-up']);
	});

	it('keeps only the column folder and orders columns by how many rows they mitigate', () => {
		const { columns } = mitigationMatrix(pages, 'failures', 'patterns');
		expect(columns.map((column) => column.slug)).toEqual(['patterns/cache-warm-up', 'patterns/rate-limiting']);
		expect(mitigationMatrix(pages, 'failures', 'building-blocks').columns.map((c) => c.slug)).toEqual(['building-blocks/cdn']);
	});

	it('sorts rows by title and marks planned columns as unwritten', () => {
		const withPlanned = [
			page('failures/storage-failures', 'Storage failures', { mitigations: ['patterns/backups-and-point-in-time-recovery'] }),
		];
		const matrix = mitigationMatrix([...pages, ...withPlanned], 'failures', 'patterns');
		expect(matrix.rows.map((row) => row.problem.title)).toEqual(['Cache failures', 'Storage failures', 'Traffic spikes']);
		const planned = matrix.columns.find((column) => column.slug === 'patterns/backups-and-point-in-time-recovery')!;
		expect(planned.written).toBe(false);
		expect(planned.title).not.toBe(planned.slug);
	});
});
