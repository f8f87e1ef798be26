import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calculate, capacity, fields } from '../../../src/lib/calculators/capacity.ts';
import { arbitraryInput, asText, errorsOf, expectSane, outputsOf, run, valueOf } from './helpers.ts';

const params = fields.map((field) => field.param);
const input = arbitraryInput(capacity, params);

describe('capacity estimator model', () => {
	it('computes the running example with the contract formulas', () => {
		const out = outputsOf(run(capacity));
		// 10,000,000 users × 50 reads / 86,400 s
		expect(out['read-qps-avg']!.value).toBeCloseTo(5787.037_037, 5);
		expect(out['read-qps-avg']!.text).toBe('5.79 k QPS');
		expect(out['read-qps-peak']!.value).toBeCloseTo(17_361.111_111, 5);
		expect(out['write-qps-avg']!.value).toBeCloseTo(23.148_148, 5);
		expect(out['write-qps-peak']!.value).toBeCloseTo(69.444_444, 5);
		expect(out['read-write-ratio']!.text).toBe('250 : 1');
		// 2,000,000 writes a day × 500 KB = 1 TB a day
		expect(out['storage-per-day']!.value).toBe(1e12);
		expect(out['storage-per-day']!.text).toBe('1 TB');
		// 1 TB × 1825 days × (1 + 0.15 + 0.25) × 3
		expect(out['storage-total']!.value).toBeCloseTo(7.665e15, -3);
		expect(out['storage-total']!.text).toBe('7.67 PB');
		expect(out['ingress-avg']!.value).toBeCloseTo(11_574_074.07, 1);
		expect(out['egress-peak']!.value).toBeCloseTo(8_680_555_555.6, 0);
		expect(out['egress-peak']!.text).toBe('8.68 GB/s (69.4 Gbit/s)');
		// ceil((17,361.1 + 69.4) / 5,000) = ceil(3.49)
		expect(out['servers']!.value).toBe(4);
		expect(out['servers']!.text).toBe('4 servers');
	});

	it('sizes the cache on unique hot items, not on request volume', () => {
		const out = outputsOf(run(capacity));
		// 2,000,000 items written in a day × 20% hot = 400,000 items × 500 KB
		expect(out['cache-items']!.value).toBeCloseTo(400_000, 6);
		expect(out['cache-size']!.value).toBeCloseTo(2e11, 0);
		expect(out['cache-size']!.text).toBe('200 GB (186 GiB)');
		// Ten times the reads do not change the working set.
		expect(valueOf(run(capacity, { reads: '500' }), 'cache-size')).toBe(out['cache-size']!.value);
	});

	it('grows storage per year until the retention is reached, and splits hot from cold', () => {
		const perYear = 1e12 * 365 * 1.4 * 3;
		expect(valueOf(run(capacity), 'storage-per-year')).toBeCloseTo(perYear, -3);
		expect(valueOf(run(capacity, { years: '3' }), 'storage-at-years')).toBeCloseTo(3 * perYear, -3);
		expect(valueOf(run(capacity, { years: '10' }), 'storage-at-years')).toBeCloseTo(valueOf(run(capacity), 'storage-total') as number, -3);
		const out = outputsOf(run(capacity, { hot_days: '30' }));
		expect(out['storage-hot']!.value).toBeCloseTo(1e12 * 30 * 4.2, -3);
		expect((out['storage-hot']!.value as number) + (out['storage-cold']!.value as number)).toBeCloseTo(
			out['storage-total']!.value as number,
			-3,
		);
		const allHot = outputsOf(run(capacity, { hot_days: '36500' }));
		expect(allHot['storage-cold']!.value).toBe(0);
		expect(allHot['storage-hot']!.value).toBe(allHot['storage-total']!.value);
	});

	it('handles zero reads, fractional inputs and the largest allowed values', () => {
		const noReads = outputsOf(run(capacity, { reads: '0' }));
		expect(noReads['read-qps-peak']!.value).toBe(0);
		expect(noReads['read-write-ratio']!.value).toBe(0);
		expect(noReads['servers']!.value).toBe(1);
		expect(valueOf(run(capacity, { dau: '1', writes: '0.001', write_kb: '0.5' }), 'storage-per-day')).toBeCloseTo(0.5, 10);
		const huge = run(capacity, Object.fromEntries(fields.map((field) => [field.param, String(field.max)])));
		expectSane(huge);
		expect(huge.ok).toBe(true);
	});

	it('rejects impossible and malformed inputs, naming what is allowed', () => {
		const errors = errorsOf(
			run(capacity, { dau: '0', writes: '0', peak: '0.5', server_qps: '-1', days: 'ten', replication: '1e3', hot_pct: '120' }),
		);
		expect(Object.keys(errors)).toEqual(['dau', 'writes', 'peak', 'server_qps', 'days', 'replication', 'hot_pct']);
		expect(errors['dau']).toBe('Too small. Allowed: a whole number from 1 to 10,000,000,000.');
		expect(errors['writes']).toBe('Zero is not possible here. Allowed: a number greater than 0 and at most 1,000,000.');
		expect(errors['days']).toMatch(/^Not a number/);
		expect(run(capacity, { dau: '1.5' }).ok).toBe(false);
		expect(run(capacity, { dau: '' }).outputs).toEqual([]);
	});

	it('gives finite, non-negative outputs for every valid input (property)', () => {
		fc.assert(
			fc.property(input, (values) => {
				const result = capacity.compute(asText(values));
				expect(result.ok).toBe(true);
				expectSane(result);
			}),
		);
	});

	it('grows with users, reads, writes, peak, retention and replication (property)', () => {
		const grows = (param: 'dau' | 'reads' | 'writes' | 'peak' | 'days' | 'replication', names: string[]) =>
			fc.assert(
				fc.property(input, fc.double({ min: 1, max: 10, noNaN: true }), (values, factor) => {
					const more = {
						...values,
						[param]: param === 'dau' || param === 'days' ? Math.ceil(values[param] * factor) : values[param] * factor,
					};
					const field = fields.find((f) => f.param === param)!;
					fc.pre(more[param] <= field.max!);
					const before = calculate(values);
					const after = calculate(more);
					for (const name of names)
						expect(after[name as keyof typeof after], `${name} when ${param} grows`).toBeGreaterThanOrEqual(
							before[name as keyof typeof before],
						);
				}),
			);
		grows('dau', ['read-qps-peak', 'write-qps-peak', 'servers', 'storage-total', 'egress-peak', 'cache-size']);
		grows('reads', ['read-qps-avg', 'servers', 'egress-avg']);
		grows('writes', ['write-qps-avg', 'storage-total', 'ingress-peak', 'cache-items']);
		grows('peak', ['read-qps-peak', 'write-qps-peak', 'servers']);
		grows('days', ['storage-total', 'storage-at-years', 'storage-cold']);
		grows('replication', ['storage-total', 'storage-hot']);
	});

	it('agrees between the typed model and the text one', () => {
		fc.assert(
			fc.property(input, (values) => {
				const expected = calculate(values);
				for (const output of capacity.compute(asText(values)).outputs)
					expect(output.value).toBe(expected[output.name as keyof typeof expected]);
			}),
		);
	});
});
