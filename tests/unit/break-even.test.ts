import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LAMBDA_PRICES } from '../../src/data/serverless-prices.ts';
import { breakEvenRps, costPerRequest, freeTierValue, monthlyFunctionCost } from '../../src/lib/break-even.ts';

const shape = { memoryGb: 0.5, durationS: 0.1 };

describe('functions vs containers break-even', () => {
	it('prices one 512 MB, 100 ms request at about $1.03 per million', () => {
		expect(costPerRequest(LAMBDA_PRICES, shape) * 1e6).toBeCloseTo(1.0335, 6);
	});

	it('finds the rates the trade-off page states for $30, $100 and $300 a month', () => {
		expect([30, 100, 300].map((c) => Math.round(breakEvenRps(LAMBDA_PRICES, shape, c, false)))).toEqual([11, 37, 110]);
		expect([30, 100, 300].map((c) => breakEvenRps(LAMBDA_PRICES, shape, c, true).toFixed(1))).toEqual(['13.6', '39.3', '113.0']);
		expect(freeTierValue(LAMBDA_PRICES)).toBeCloseTo(6.868, 3);
	});

	it('costs exactly the container bill at the break-even rate, with or without the free tier', () => {
		fc.assert(
			fc.property(fc.double({ min: 10, max: 1e6, noNaN: true }), fc.boolean(), (bill, freeTier) => {
				const rps = breakEvenRps(LAMBDA_PRICES, shape, bill, freeTier);
				expect(monthlyFunctionCost(LAMBDA_PRICES, shape, rps, freeTier)).toBeCloseTo(bill, 6);
			}),
		);
	});
});
