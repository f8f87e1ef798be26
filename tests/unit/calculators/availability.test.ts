import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { availability, calculate, inParallel, inSeries, logPosition, parseList } from '../../../src/lib/calculators/availability.ts';
import { isError } from '../../../src/lib/calculators/fields.ts';
import { errorsOf, expectSane, outputsOf, run, valueOf } from './helpers.ts';

const percent = fc.double({ min: 0, max: 100, noNaN: true });
const percents = fc.array(percent, { minLength: 1, maxLength: 20 });

describe('availability calculator model', () => {
	it('turns availability into downtime with the contract formulas', () => {
		const out = outputsOf(run(availability, { a: '99.9' }));
		expect(out['downtime-year']!.value).toBeCloseTo(31_536, 6);
		expect(out['downtime-year']!.text).toBe('8 h 45 m 36 s');
		expect(out['downtime-month']!.value).toBeCloseTo(2628, 6);
		expect(out['downtime-month']!.text).toBe('43 m 48 s');
		expect(out['downtime-week']!.value).toBeCloseTo(604.8, 6);
		expect(out['downtime-day']!.value).toBeCloseTo(86.4, 6);
		expect(out['downtime-day']!.text).toBe('1 m 26 s');
		expect(out['nines']!.value).toBeCloseTo(3, 10);
		expect(valueOf(run(availability, { a: '99.999' }), 'downtime-year')).toBeCloseTo(315.36, 6);
		expect(valueOf(run(availability, { a: '0' }), 'downtime-year')).toBe(31_536_000);
		expect(valueOf(run(availability, { a: '0' }), 'nines')).toBe(0);
	});

	it('composes components in series and replicas in parallel', () => {
		const out = outputsOf(run(availability, { series: '99.99, 99.95, 99.9', parallel: '99.9,99.9' }));
		expect(out['composite-series']!.value).toBeCloseTo(100 * 0.9999 * 0.9995 * 0.999, 10);
		expect(out['composite-series']!.text).toBe('99.84%');
		expect(out['composite-parallel']!.value).toBeCloseTo(100 * (1 - 0.001 * 0.001), 10);
		expect(out['composite-parallel']!.text).toBe('99.9999%');
		expect(out['composite-system']!.value).toBeCloseTo(
			((out['composite-series']!.value as number) * (out['composite-parallel']!.value as number)) / 100,
			10,
		);
		expect(out['composite-series-downtime']!.text).toBe('14 h 0 m 37 s');
		expect(valueOf(run(availability, { series: '100' }), 'composite-series')).toBe(100);
		expect(valueOf(run(availability, { parallel: '0, 50' }), 'composite-parallel')).toBe(50);
	});

	it('places downtime on a log axis from 1 s to a year', () => {
		expect(logPosition(1)).toBe(0);
		expect(logPosition(0.5)).toBe(0);
		expect(logPosition(31_536_000)).toBeCloseTo(100, 10);
		expect(logPosition(3600)).toBeCloseTo(47.42, 2);
	});

	it('rejects 100%, negatives and malformed lists, naming the bad item', () => {
		const errors = errorsOf(run(availability, { a: '100', series: '99.9, abc', parallel: '' }));
		expect(errors['a']).toBe('Too large. Allowed: a number from 0 to below 100.');
		expect(errors['series']).toMatch(/^Item 2: Not a number/);
		expect(errors['series']).toMatch(/Allowed: a comma-separated list/);
		expect(errors['parallel']).toMatch(/^Enter a value\./);
		expect(errorsOf(run(availability, { a: '-1' }))['a']).toMatch(/^Negative/);
		expect(errorsOf(run(availability, { series: '99,101' }))['series']).toMatch(/^Item 2: Too large/);
		expect(errorsOf(run(availability, { series: Array(21).fill('99').join(',') }))['series']).toMatch(/^Too many components \(21\)/);
		expect(parseList('series', '99.9 , 99.95')).toEqual([99.9, 99.95]);
		expect(isError(parseList('series', '99.9,'))).toBe(true);
	});

	it('keeps a series never above its weakest part and parallel never below its strongest (property)', () => {
		fc.assert(
			fc.property(percents, (list) => {
				const series = inSeries(list);
				const parallel = inParallel(list);
				expect(series).toBeLessThanOrEqual(Math.min(...list));
				expect(series).toBeGreaterThanOrEqual(0);
				expect(parallel).toBeGreaterThanOrEqual(Math.max(...list));
				expect(parallel).toBeLessThanOrEqual(100);
			}),
		);
	});

	it('gives finite, non-negative outputs and less downtime for more availability (property)', () => {
		fc.assert(
			fc.property(fc.double({ min: 0, max: 100, maxExcluded: true, noNaN: true }), percents, percents, (a, series, parallel) => {
				const result = availability.compute({ a: String(a), series: series.join(','), parallel: parallel.join(', ') });
				expect(result.ok).toBe(true);
				expectSane(result);
				const b = a + (100 - a) / 2;
				expect(calculate({ a: b, series, parallel })['downtime-year']).toBeLessThanOrEqual(
					calculate({ a, series, parallel })['downtime-year'],
				);
				// Adding a component to a chain never helps; adding a replica never hurts.
				expect(inSeries([...series, 99.9])).toBeLessThanOrEqual(inSeries(series));
				expect(inParallel([...parallel, 99.9])).toBeGreaterThanOrEqual(inParallel(parallel));
			}),
		);
	});
});
