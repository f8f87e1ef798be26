/**
 * Capacity estimator (seed section 5): traffic, storage, bandwidth, cache and servers from a
 * handful of product numbers. The contract (params, outputs, formulas) is shared/calculators.md;
 * the extra inputs (years, hot_days, cache_days, hot_pct) and outputs are documented on the page.
 */
import {
	DAYS_PER_YEAR,
	formatByteRate,
	formatBytes,
	formatBytesBoth,
	formatCount,
	formatNumber,
	formatQps,
	SECONDS_PER_DAY,
	significant,
} from '../units.ts';
import { describeFields, describeOutputs, parseNumbers, result, type Limits, type Model, type Raw, type Result } from './fields.ts';

const limits = {
	dau: { min: 1, max: 1e10, integer: true },
	reads: { min: 0, max: 1e6 },
	writes: { min: 0, minExclusive: true, max: 1e6 },
	peak: { min: 1, max: 1000 },
	read_kb: { min: 0, max: 1e7 },
	write_kb: { min: 0, max: 1e7 },
	server_qps: { min: 0, minExclusive: true, max: 1e9 },
	days: { min: 1, max: 36500, integer: true },
	replication: { min: 1, max: 10 },
	meta_pct: { min: 0, max: 1000 },
	index_pct: { min: 0, max: 1000 },
	years: { min: 1, max: 100, integer: true },
	hot_days: { min: 0, max: 36500, integer: true },
	cache_days: { min: 0, minExclusive: true, max: 36500 },
	hot_pct: { min: 0, max: 100 },
} satisfies Record<string, Limits>;

export type CapacityInput = Record<keyof typeof limits, number>;

const formats = {
	'read-qps-avg': formatQps,
	'read-qps-peak': formatQps,
	'write-qps-avg': formatQps,
	'write-qps-peak': formatQps,
	'read-write-ratio': (ratio: number) => `${significant(ratio)} : 1`,
	servers: (count: number) => `${formatNumber(count, 0)} ${count === 1 ? 'server' : 'servers'}`,
	'ingress-avg': formatByteRate,
	'ingress-peak': formatByteRate,
	'egress-avg': formatByteRate,
	'egress-peak': formatByteRate,
	'storage-per-day': formatBytes,
	'storage-total': formatBytes,
	'storage-per-year': formatBytes,
	'storage-at-years': formatBytes,
	'storage-hot': formatBytes,
	'storage-cold': formatBytes,
	'cache-items': (count: number) => `${formatCount(count)} items`,
	'cache-size': formatBytesBoth,
};

export type CapacityResult = Record<keyof typeof formats, number>;

/** The contract's formulas on typed inputs: arithmetic only, no validation, no rounding except `servers`. */
export function calculate(input: CapacityInput): CapacityResult {
	const { dau, reads, writes, peak, read_kb, write_kb, days, replication, meta_pct, index_pct } = input;
	const readAvg = (dau * reads) / SECONDS_PER_DAY;
	const writeAvg = (dau * writes) / SECONDS_PER_DAY;
	const readPeak = readAvg * peak;
	const writePeak = writeAvg * peak;
	const perDay = dau * writes * write_kb * 1000;
	const stored = (daysKept: number) => perDay * daysKept * (1 + meta_pct / 100 + index_pct / 100) * replication;
	const cacheItems = dau * writes * input.cache_days * (input.hot_pct / 100);
	return {
		'read-qps-avg': readAvg,
		'read-qps-peak': readPeak,
		'write-qps-avg': writeAvg,
		'write-qps-peak': writePeak,
		'read-write-ratio': reads / writes,
		servers: Math.ceil((readPeak + writePeak) / input.server_qps),
		'ingress-avg': writeAvg * write_kb * 1000,
		'ingress-peak': writePeak * write_kb * 1000,
		'egress-avg': readAvg * read_kb * 1000,
		'egress-peak': readPeak * read_kb * 1000,
		'storage-per-day': perDay,
		'storage-total': stored(days),
		'storage-per-year': stored(DAYS_PER_YEAR),
		'storage-at-years': stored(Math.min(input.years * DAYS_PER_YEAR, days)),
		'storage-hot': stored(Math.min(input.hot_days, days)),
		'storage-cold': stored(Math.max(0, days - input.hot_days)),
		'cache-items': cacheItems,
		'cache-size': cacheItems * write_kb * 1000,
	};
}

export function compute(raw: Raw): Result {
	const { values, errors } = parseNumbers(limits, raw);
	return result(formats, errors, () => calculate(values));
}

const TRAFFIC = 'Traffic';
const STORAGE = 'Storage';
const BANDWIDTH = 'Bandwidth';
const CACHE = 'Cache';
const OVERHEAD = '(1 + meta_pct/100 + index_pct/100) × replication';

export const fields = describeFields(limits, {
	dau: { label: 'Daily active users', default: '10000000', group: TRAFFIC },
	reads: { label: 'Reads per user per day', default: '50', unit: 'requests', group: TRAFFIC },
	writes: {
		label: 'Writes per user per day',
		default: '0.2',
		unit: 'requests',
		help: 'Fractions are fine: 0.2 is one write every five days.',
		group: TRAFFIC,
	},
	peak: { label: 'Peak-to-average factor', default: '3', unit: '×', help: 'Busiest hour over the daily average.', group: TRAFFIC },
	read_kb: { label: 'Average read response', default: '500', unit: 'KB', group: TRAFFIC },
	write_kb: { label: 'Average write payload', default: '500', unit: 'KB', group: TRAFFIC },
	server_qps: {
		label: 'Peak requests one server sustains',
		default: '5000',
		unit: 'QPS',
		help: 'Measure it with a load test of your service.',
		group: TRAFFIC,
	},
	days: { label: 'Retention', default: '1825', unit: 'days', help: '1825 days is 5 years.', group: STORAGE },
	replication: {
		label: 'Replication factor',
		default: '3',
		unit: '×',
		help: 'Copies kept; erasure coding gives fractions such as 1.5.',
		group: STORAGE,
	},
	meta_pct: { label: 'Logs and metadata overhead', default: '15', unit: '% of raw', group: STORAGE },
	index_pct: { label: 'Index overhead', default: '25', unit: '% of raw', group: STORAGE },
	years: { label: 'Growth horizon', default: '3', unit: 'years', group: STORAGE },
	hot_days: {
		label: 'Hot data window',
		default: '30',
		unit: 'days',
		help: 'Data younger than this stays on fast storage.',
		group: STORAGE,
	},
	cache_days: { label: 'Working set: items written in the last', default: '1', unit: 'days', group: CACHE },
	hot_pct: { label: 'Share of those items that are hot', default: '20', unit: '%', help: 'The items that draw most reads.', group: CACHE },
});

export const outputs = describeOutputs(formats, {
	'read-qps-avg': { label: 'Read QPS, average', formula: 'dau × reads / 86,400', group: TRAFFIC },
	'read-qps-peak': { label: 'Read QPS, peak', formula: 'read-qps-avg × peak', group: TRAFFIC },
	'write-qps-avg': { label: 'Write QPS, average', formula: 'dau × writes / 86,400', group: TRAFFIC },
	'write-qps-peak': { label: 'Write QPS, peak', formula: 'write-qps-avg × peak', group: TRAFFIC },
	'read-write-ratio': { label: 'Read/write ratio', formula: 'reads / writes', group: TRAFFIC },
	servers: { label: 'Servers at peak', formula: 'ceil((read-qps-peak + write-qps-peak) / server_qps)', group: TRAFFIC },
	'ingress-avg': { label: 'Ingress, average', formula: 'write-qps-avg × write_kb × 1000 B/s (× 8 for bit/s)', group: BANDWIDTH },
	'ingress-peak': { label: 'Ingress, peak', formula: 'write-qps-peak × write_kb × 1000 B/s', group: BANDWIDTH },
	'egress-avg': { label: 'Egress, average', formula: 'read-qps-avg × read_kb × 1000 B/s', group: BANDWIDTH },
	'egress-peak': { label: 'Egress, peak', formula: 'read-qps-peak × read_kb × 1000 B/s', group: BANDWIDTH },
	'storage-per-day': { label: 'New data per day (one raw copy)', formula: 'dau × writes × write_kb × 1000', group: STORAGE },
	'storage-total': { label: 'Storage at full retention', formula: `storage-per-day × days × ${OVERHEAD}`, group: STORAGE },
	'storage-per-year': { label: 'Storage added per year', formula: `storage-per-day × 365 × ${OVERHEAD}`, group: STORAGE },
	'storage-at-years': {
		label: 'Storage after the growth horizon',
		formula: `storage-per-day × min(years × 365, days) × ${OVERHEAD}`,
		group: STORAGE,
	},
	'storage-hot': {
		label: 'Hot storage, at full retention',
		formula: `storage-per-day × min(hot_days, days) × ${OVERHEAD}`,
		group: STORAGE,
	},
	'storage-cold': {
		label: 'Cold storage, at full retention',
		formula: `storage-per-day × max(0, days − hot_days) × ${OVERHEAD}`,
		group: STORAGE,
	},
	'cache-items': { label: 'Hot items to cache', formula: 'dau × writes × cache_days × hot_pct/100', group: CACHE },
	'cache-size': { label: 'Cache memory, one copy', formula: 'cache-items × write_kb × 1000', group: CACHE },
});

export const notes = [
	'1 KB = 1000 B; a day is 86,400 s; a year is 365 days; bandwidth is shown in bytes and bits per second (1 B = 8 bit).',
	'Averages spread a day’s requests evenly over 86,400 s; the peak factor scales them to the busiest hour.',
	'Storage counts what writes add and never shrinks by deletes or compaction: an upper bound.',
	'Data older than the retention is deleted, so storage stops growing once the service is that old.',
	'The cache holds unique hot items, not requests: a day’s reads keep asking for the same popular items, so sizing a cache on request volume overstates it many times over.',
	'Servers assume requests spread evenly and no headroom; add spare capacity for failures and deploys.',
];

export const capacity: Model = { fields, outputs, notes, compute };
