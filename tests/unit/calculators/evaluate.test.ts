import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/lib/calculators/evaluate.ts';

describe('evaluate', () => {
	it('runs a calculator on its defaults overridden by a link query', () => {
		const outputs = evaluate('capacity-estimator', 'dau=10000000&reads=50&writes=0.2&peak=3');
		expect(outputs.get('read-qps-avg')!.value).toBeCloseTo((10_000_000 * 50) / 86_400, 9);
		expect(outputs.get('read-qps-peak')!.value).toBeCloseTo(((10_000_000 * 50) / 86_400) * 3, 9);
		expect(outputs.get('read-qps-peak')!.text).toBe('17.4 k QPS');
	});

	it('names the calculator and the input when a link is wrong', () => {
		expect(() => evaluate('capacity-estimator', 'daus=5')).toThrow(/tools\/capacity-estimator has no input "daus"/);
		expect(() => evaluate('bloom-filter-calculator', 'fpr=150')).toThrow(/tools\/bloom-filter-calculator\?fpr=150: fpr:/);
	});
});
