import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calculate, cost, fields, LINES } from '../../../src/lib/calculators/cost.ts';
import { PRICES } from '../../../src/data/prices.ts';
import { arbitraryInput, asText, errorsOf, expectSane, outputsOf, run } from './helpers.ts';

const params = fields.map((field) => field.param);
const input = arbitraryInput(cost, params);

describe('cost estimator model', () => {
	it('prices every line of the contract from the defaults', () => {
		const out = outputsOf(run(cost));
		expect(out['compute']!.value).toBeCloseTo(12 * 59.57, 8);
		expect(out['storage']!.value).toBeCloseTo((2 + 20) * 3 * 23, 8);
		expect(out['network']!.value).toBeCloseTo(10 * 90, 8);
		expect(out['cache-cdn']!.value).toBeCloseTo(750 + 50_000 * 0.085, 8);
		expect(out['queue']!.value).toBe(900);
		expect(out['monitoring']!.value).toBe(20 * 15);
		expect(out['backups']!.value).toBeCloseTo(20 * 3.6, 8);
		expect(out['third-party']!.value).toBeCloseTo(100_000 * 0.0083 + (1_000_000 / 1000) * 0.1, 8);
		const sum = LINES.reduce((total, line) => total + (out[line]!.value as number), 0);
		expect(out['total-month']!.value).toBeCloseTo(sum, 8);
		expect(out['total-year']!.value).toBeCloseTo(sum * 12, 8);
		expect(out['total-month']!.text).toBe('$10,335');
		expect(out['compute']!.text).toBe('$715');
	});

	it('gives each line its share of the month, and no shares for an empty bill', () => {
		const out = outputsOf(run(cost));
		const shares = LINES.reduce((total, line) => total + (out[`share-${line}`]!.value as number), 0);
		expect(shares).toBeCloseTo(100, 10);
		const zero = Object.fromEntries(params.map((param) => [param, param === 'replication' ? '1' : '0']));
		const empty = outputsOf(cost.compute(zero));
		expect(empty['total-month']!.value).toBe(0);
		for (const line of LINES) expect(empty[`share-${line}`]!.value).toBe(0);
	});

	it('takes its default prices from the price table, every one sourced or marked illustrative', () => {
		for (const price of PRICES) {
			expect(fields.find((field) => field.param === price.param)!.default).toBe(String(price.value));
			expect(price.read).toMatch(/^\d{4}-\d{2}-\d{2}$/);
			if ('illustrative' in price) expect('provider' in price).toBe(false);
			else expect(price.source.url).toMatch(/^https:\/\//);
		}
	});

	it('rejects negative amounts, fractional counts and replication below 1', () => {
		const errors = errorsOf(run(cost, { instances: '2.5', instance_month: '-3', replication: '0.5', sms_cost: '$0.01' }));
		expect(Object.keys(errors)).toEqual(['instances', 'instance_month', 'replication', 'sms_cost']);
		expect(errors['replication']).toBe('Too small. Allowed: a number from 1 to 10.');
	});

	it('gives finite, non-negative outputs for every valid input (property)', () => {
		fc.assert(
			fc.property(input, (values) => {
				const result = cost.compute(asText(values));
				expect(result.ok).toBe(true);
				expectSane(result);
			}),
		);
	});

	it('never lowers the bill when a quantity or a price grows (property)', () => {
		fc.assert(
			fc.property(input, fc.constantFrom(...params), fc.double({ min: 1, max: 10, noNaN: true }), (values, param, factor) => {
				const field = fields.find((f) => f.param === param)!;
				const grown = field.integer ? Math.ceil(values[param] * factor) : values[param] * factor;
				fc.pre(grown <= field.max!);
				const before = calculate(values)['total-month'];
				const after = calculate({ ...values, [param]: grown })['total-month'];
				expect(after).toBeGreaterThanOrEqual(before * (1 - 1e-12));
			}),
		);
	});
});
