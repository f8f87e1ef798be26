/**
 * Bloom filter calculator: the bits, bytes and hash functions a filter needs to hold n items
 * at a target false-positive rate, and the rate it really gets once the hash count is rounded.
 * Contract: shared/calculators.md (Bloom 1970; the optimum k = m/n ln 2).
 */
import { formatBytesBoth, formatCount, formatNumber, formatPercent, significant } from '../units.ts';
import { describeFields, describeOutputs, parseNumbers, result, type Limits, type Model, type Raw, type Result } from './fields.ts';

const limits = {
	n: { min: 1, max: 1e12, integer: true },
	fpr: { min: 0, minExclusive: true, max: 100, maxExclusive: true },
} satisfies Record<string, Limits>;

const formats = {
	bits: (bits: number) => `${formatNumber(bits, 0)} bits${bits < 1000 ? '' : ` (${formatCount(bits)}bit)`}`,
	bytes: formatBytesBoth,
	hashes: (hashes: number) => `${formatNumber(hashes, 0)} ${hashes === 1 ? 'hash function' : 'hash functions'}`,
	'actual-fpr': (percent: number) => formatPercent(percent, 4),
	'bits-per-item': (bits: number) => `${significant(bits)} bits per item`,
};

/** The best whole number of hash functions for a filter with `bitsPerItem` bits per item, and the false-positive rate (%) it gets. */
export function rateAtBitsPerItem(bitsPerItem: number): { hashes: number; percent: number } {
	const hashes = Math.max(1, Math.round(bitsPerItem * Math.LN2));
	return { hashes, percent: 100 * (1 - Math.exp(-hashes / bitsPerItem)) ** hashes };
}

export function calculate({ n, fpr }: { n: number; fpr: number }): Record<keyof typeof formats, number> {
	const p = fpr / 100;
	const bits = Math.ceil((-n * Math.log(p)) / Math.LN2 ** 2);
	const { hashes, percent } = rateAtBitsPerItem(bits / n);
	return {
		bits,
		bytes: Math.ceil(bits / 8),
		hashes,
		'actual-fpr': percent,
		'bits-per-item': bits / n,
	};
}

export function compute(raw: Raw): Result {
	const { values, errors } = parseNumbers(limits, raw);
	return result(formats, errors, () => calculate(values));
}

export const fields = describeFields(limits, {
	n: { label: 'Items to hold', default: '1000000', unit: 'n', help: 'Distinct keys you will insert.' },
	fpr: {
		label: 'Target false-positive rate',
		default: '1',
		unit: '%',
		help: '1 means one lookup in a hundred for an absent key says “maybe”.',
	},
});

export const outputs = describeOutputs(formats, {
	bits: { label: 'Bits (m)', formula: 'ceil(−n × ln(p) / (ln 2)²), p = fpr/100', group: 'Filter size' },
	bytes: { label: 'Memory', formula: 'ceil(bits / 8)', group: 'Filter size' },
	'bits-per-item': { label: 'Bits per item', formula: 'bits / n', group: 'Filter size' },
	hashes: { label: 'Hash functions (k)', formula: 'max(1, round(bits / n × ln 2))', group: 'Filter size' },
	'actual-fpr': { label: 'Actual false-positive rate', formula: '100 × (1 − e^(−hashes × n / bits))^hashes', group: 'Filter size' },
});

export const notes = [
	'The formulas assume independent, uniformly distributed hash functions; in practice two good hashes combined (h1 + i × h2) behave the same.',
	'A Bloom filter never gives a false negative, and a standard one cannot delete: removing bits would forget other items. Counting filters or cuckoo filters can.',
	'Insert more than n items and the false-positive rate climbs quickly: size for the largest n you expect.',
	'Memory is shown in SI bytes (1 MB = 10^6 B) and binary bytes (1 MiB = 2^20 B).',
];

export const bloom: Model = { fields, outputs, notes, compute };
