import { describe, expect, it } from 'vitest';
import { allowed, isError, parseNumber, parseNumbers, toOutputs, type Limits } from '../../../src/lib/calculators/fields.ts';
import { toMarkdown } from '../../../src/lib/calculators/markdown.ts';

const USERS: Limits = { min: 1, max: 1e10, integer: true };
const RATE: Limits = { min: 0, minExclusive: true, max: 100, maxExclusive: true };

const message = (limits: Limits, text: string | undefined) => {
	const parsed = parseNumber('x', limits, text);
	if (!isError(parsed)) throw new Error(`expected "${text}" to be rejected, got ${parsed}`);
	expect(parsed.param).toBe('x');
	return parsed.message;
};

describe('shared field parsing', () => {
	it('describes what is allowed from the limits', () => {
		expect(allowed(USERS)).toBe('a whole number from 1 to 10,000,000,000');
		expect(allowed(RATE)).toBe('a number greater than 0 and less than 100');
		expect(allowed({ min: 0, max: 100, maxExclusive: true })).toBe('a number from 0 to below 100');
		expect(allowed({ min: 0 })).toBe('a number at least 0');
		expect(allowed({ allowed: 'twitter or discord' })).toBe('twitter or discord');
	});

	it('accepts plain decimals, fractions, exponents and surrounding spaces', () => {
		expect(parseNumber('x', USERS, '10000000')).toBe(10_000_000);
		expect(parseNumber('x', USERS, ' 42 ')).toBe(42);
		expect(parseNumber('x', USERS, '1e6')).toBe(1e6);
		expect(parseNumber('x', RATE, '.5')).toBe(0.5);
		expect(parseNumber('x', RATE, '0.000001')).toBe(1e-6);
		expect(parseNumber('x', RATE, '99.999')).toBe(99.999);
	});

	it('rejects every kind of bad input with the reason and the allowed range', () => {
		expect(message(USERS, '')).toBe('Enter a value. Allowed: a whole number from 1 to 10,000,000,000.');
		expect(message(USERS, undefined)).toMatch(/^Enter a value\./);
		expect(message(USERS, 'abc')).toMatch(/^Not a number.*Allowed: a whole number from 1 to 10,000,000,000\.$/);
		for (const text of ['1,000', '5 KB', '0x10', 'NaN', 'Infinity', '1e', '--1', '1.2.3', '<b>1</b>'])
			expect(message(USERS, text)).toMatch(/^Not a number/);
		expect(message(USERS, '-5')).toMatch(/^Negative values make no sense here\./);
		expect(message(USERS, '1.5')).toMatch(/^Must be a whole number\./);
		expect(message(USERS, '0')).toMatch(/^Too small\./);
		expect(message(RATE, '0')).toMatch(/^Zero is not possible here\. Allowed: a number greater than 0 and less than 100\.$/);
		expect(message(RATE, '100')).toMatch(/^Too large\./);
		expect(message(USERS, '1e11')).toMatch(/^Too large\./);
		expect(message(USERS, '1e400')).toMatch(/^Too large\./);
	});

	it('parses a set of fields into values and every error, a missing field counting as empty', () => {
		const { values, errors } = parseNumbers({ a: USERS, b: RATE, c: USERS }, { a: '5', b: '200' });
		expect(values).toEqual({ a: 5 });
		expect(errors.map((error) => error.param)).toEqual(['b', 'c']);
	});

	it('leaves out values that are not finite, so the page shows a dash instead of NaN', () => {
		const outputs = toOutputs(
			{ a: String, b: String, c: String },
			{ a: 1, b: Number.NaN, c: Number.POSITIVE_INFINITY, d: '2016-04-30T11:18:25.796Z' },
		);
		expect(outputs).toEqual([
			{ name: 'a', value: 1, text: '1' },
			{ name: 'd', value: '2016-04-30T11:18:25.796Z', text: '2016-04-30T11:18:25.796Z' },
		]);
	});
});

describe('Copy as Markdown', () => {
	it('writes the inputs, results with formulas and notes as tables and a list', () => {
		const markdown = toMarkdown({
			title: 'Bloom filter calculator',
			url: 'https://example.org/tools/bloom-filter-calculator/?n=1000000&fpr=1',
			inputs: [{ label: 'Items to hold (n)', value: '1000000' }],
			results: [{ label: 'Bits (m)', text: '9,585,059 bits', formula: 'ceil(−n × ln(p) / (ln 2)²)' }],
			notes: ['No false negatives.'],
		});
		expect(markdown).toBe(
			[
				'## Bloom filter calculator',
				'',
				'<https://example.org/tools/bloom-filter-calculator/?n=1000000&fpr=1>',
				'',
				'| Input | Value |',
				'| --- | --- |',
				'| Items to hold (n) | 1000000 |',
				'',
				'| Result | Value | Formula |',
				'| --- | --- | --- |',
				'| Bits (m) | 9,585,059 bits | `ceil(−n × ln(p) / (ln 2)²)` |',
				'',
				'- No false negatives.',
				'',
			].join('\n'),
		);
	});

	it('keeps text from the URL inside its table cell', () => {
		const markdown = toMarkdown({
			title: 'T',
			url: 'u',
			inputs: [{ label: 'Series', value: '99 | 98\n| injected | row |' }],
			results: [{ label: 'R', text: '—', formula: '' }],
			notes: [],
		});
		const row = markdown.split('\n').find((line) => line.startsWith('| Series'))!;
		expect(row).toBe('| Series | 99 \\| 98 \\| injected \\| row \\| |');
		expect(markdown).toContain('| R | — | — |');
	});
});
