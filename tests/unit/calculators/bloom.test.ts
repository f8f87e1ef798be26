import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bloom, calculate, rateAtBitsPerItem } from '../../../src/lib/calculators/bloom.ts';
import { errorsOf, expectSane, outputsOf, run } from './helpers.ts';

const n = fc
	.integer({ min: 1, max: 2 ** 31 - 1 })
	.chain((small) => fc.oneof(fc.constant(small), fc.double({ min: 1, max: 1e12, noNaN: true }).map(Math.floor)));
const fpr = fc.double({ min: 1e-300, max: 100, maxExcluded: true, noNaN: true }).filter((p) => p > 0);

describe('Bloom filter calculator model', () => {
	it('sizes a filter for a million items at 1% with the contract formulas', () => {
		const out = outputsOf(run(bloom));
		// ceil(−1e6 × ln 0.01 / (ln 2)²) = ceil(9,585,058.4)
		expect(out['bits']!.value).toBe(9_585_059);
		expect(out['bits']!.text).toBe('9,585,059 bits (9.59 Mbit)');
		expect(out['bytes']!.value).toBe(1_198_133);
		expect(out['bytes']!.text).toBe('1.2 MB (1.14 MiB)');
		// round(9.585 × ln 2) = round(6.64)
		expect(out['hashes']!.value).toBe(7);
		expect(out['actual-fpr']!.value).toBeCloseTo(100 * (1 - Math.exp((-7 * 1e6) / 9_585_059)) ** 7, 12);
		expect(out['actual-fpr']!.text).toBe('1.004%');
		expect(out['bits-per-item']!.value).toBeCloseTo(9.585_059, 6);
	});

	it('handles one item, rates near 100% and vanishing rates', () => {
		const one = outputsOf(run(bloom, { n: '1', fpr: '99.99' }));
		expect(one['bits']!.value).toBe(1);
		expect(one['hashes']!.value).toBe(1);
		expect(one['bytes']!.value).toBe(1);
		const tiny = run(bloom, { n: '1', fpr: '1e-300' });
		expectSane(tiny);
		expect(outputsOf(tiny)['hashes']!.value).toBe(Math.round((Math.ceil(-Math.log(1e-302) / Math.LN2 ** 2) / 1) * Math.LN2));
		expectSane(run(bloom, { n: '1000000000000', fpr: '0.000001' }));
	});

	it('rejects rates of 0 or 100% and counts that are not positive whole numbers', () => {
		expect(errorsOf(run(bloom, { fpr: '0' }))['fpr']).toBe(
			'Zero is not possible here. Allowed: a number greater than 0 and less than 100.',
		);
		expect(errorsOf(run(bloom, { fpr: '100' }))['fpr']).toMatch(/^Too large/);
		expect(errorsOf(run(bloom, { n: '0' }))['n']).toBe('Too small. Allowed: a whole number from 1 to 1,000,000,000,000.');
		expect(errorsOf(run(bloom, { n: '2.5' }))['n']).toMatch(/^Must be a whole number/);
		expect(errorsOf(run(bloom, { n: '1e13' }))['n']).toMatch(/^Too large/);
		expect(errorsOf(run(bloom, { n: 'a million' }))['n']).toMatch(/^Not a number/);
	});

	it('gives finite, non-negative outputs that meet the target closely (property)', () => {
		fc.assert(
			fc.property(n, fpr, (items, rate) => {
				const result = bloom.compute({ n: String(items), fpr: String(rate) });
				expect(result.ok).toBe(true);
				expectSane(result);
				const out = calculate({ n: items, fpr: rate });
				expect(out.bits).toBeGreaterThanOrEqual(1);
				expect(out.hashes).toBeGreaterThanOrEqual(1);
				expect(out.bytes * 8).toBeGreaterThanOrEqual(out.bits);
			}),
		);
	});

	it('needs more bits for more items and for a lower rate (property)', () => {
		fc.assert(
			fc.property(n, fpr, fc.double({ min: 1, max: 10, noNaN: true }), (items, rate, factor) => {
				const base = calculate({ n: items, fpr: rate });
				expect(calculate({ n: Math.min(1e12, Math.ceil(items * factor)), fpr: rate }).bits).toBeGreaterThanOrEqual(base.bits);
				expect(calculate({ n: items, fpr: rate / factor }).bits).toBeGreaterThanOrEqual(base.bits);
			}),
		);
	});
});

describe('rateAtBitsPerItem', () => {
	it('matches the classic table: about 1% at 9.6 bits per item with 7 hashes, and falls as bits grow', () => {
		expect(rateAtBitsPerItem(9.585058)).toEqual({ hashes: 7, percent: expect.closeTo(1.0039, 3) });
		const rates = [2, 4, 8, 16].map((b) => rateAtBitsPerItem(b).percent);
		expect(rates).toEqual([...rates].sort((a, b) => b - a));
	});
});
