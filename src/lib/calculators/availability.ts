/**
 * Availability calculator: downtime a given availability allows per year, month, week and day,
 * and the availability of components composed in series (all must be up) and in parallel
 * (any one suffices). Contract: shared/calculators.md.
 */
import { formatAvailability, formatDuration, SECONDS_PER_DAY, SECONDS_PER_YEAR, significant } from '../units.ts';
import {
	describeFields,
	describeOutputs,
	fieldError,
	isError,
	parseNumber,
	result,
	type FieldError,
	type Limits,
	type Model,
	type Raw,
	type Result,
} from './fields.ts';

const ONE = { min: 0, max: 100 } satisfies Limits;
const LIST = { ...ONE, allowed: 'a comma-separated list of up to 20 percentages, each from 0 to 100, e.g. 99.9, 99.95' } satisfies Limits;
const MAX_COMPONENTS = 20;

const limits = {
	a: { min: 0, max: 100, maxExclusive: true },
	series: LIST,
	parallel: LIST,
} satisfies Record<string, Limits>;

/** Downtime per year, in seconds, that an availability in percent allows. */
export const downtimePerYear = (availability: number) => (1 - availability / 100) * SECONDS_PER_YEAR;

/**
 * 100 × product(a_i/100): every component must be up. Never above the weakest part: the min
 * only absorbs floating-point error (99.95 / 100 × 100 is 99.95000000000002).
 */
export const inSeries = (availabilities: readonly number[]) =>
	Math.min(100 * availabilities.reduce((product, a) => product * (a / 100), 1), ...availabilities);

/** 100 × (1 − product(1 − a_i/100)): any one replica suffices. Never below the strongest part. */
export const inParallel = (availabilities: readonly number[]) =>
	Math.min(100, Math.max(100 * (1 - availabilities.reduce((product, a) => product * (1 - a / 100), 1)), ...availabilities));

/** Where a downtime per year sits on the chart's log axis from 1 s (0%) to a whole year (100%). */
export const logPosition = (downtimeSeconds: number) =>
	downtimeSeconds <= 1 ? 0 : (100 * Math.log10(downtimeSeconds)) / Math.log10(SECONDS_PER_YEAR);

const formats = {
	'downtime-year': formatDuration,
	'downtime-month': formatDuration,
	'downtime-week': formatDuration,
	'downtime-day': formatDuration,
	nines: (nines: number) => `${significant(nines)} nines`,
	'composite-series': formatAvailability,
	'composite-series-downtime': formatDuration,
	'composite-parallel': formatAvailability,
	'composite-parallel-downtime': formatDuration,
	'composite-system': formatAvailability,
	'composite-system-downtime': formatDuration,
	'bar-a': String,
	'bar-series': String,
	'bar-parallel': String,
	'bar-system': String,
};

export interface AvailabilityInput {
	a: number;
	series: readonly number[];
	parallel: readonly number[];
}

export function calculate({ a, series, parallel }: AvailabilityInput): Record<keyof typeof formats, number> {
	const unavailable = 1 - a / 100;
	const chain = inSeries(series);
	const group = inParallel(parallel);
	const system = inSeries([chain, group]);
	return {
		'downtime-year': unavailable * 365 * SECONDS_PER_DAY,
		'downtime-month': (unavailable * 365 * SECONDS_PER_DAY) / 12,
		'downtime-week': unavailable * 7 * SECONDS_PER_DAY,
		'downtime-day': unavailable * SECONDS_PER_DAY,
		nines: -Math.log10(unavailable) || 0,
		'composite-series': chain,
		'composite-series-downtime': downtimePerYear(chain),
		'composite-parallel': group,
		'composite-parallel-downtime': downtimePerYear(group),
		'composite-system': system,
		'composite-system-downtime': downtimePerYear(system),
		'bar-a': logPosition(downtimePerYear(a)),
		'bar-series': logPosition(downtimePerYear(chain)),
		'bar-parallel': logPosition(downtimePerYear(group)),
		'bar-system': logPosition(downtimePerYear(system)),
	};
}

/** "99.9, 99.95" -> [99.9, 99.95]; each item is checked like a number field. */
export function parseList(param: string, text: string | undefined): number[] | FieldError {
	const items = (text ?? '').split(',').map((item) => item.trim());
	if (items.length > MAX_COMPONENTS) return fieldError(param, LIST, `Too many components (${items.length}).`);
	const values: number[] = [];
	for (const [index, item] of items.entries()) {
		const value = parseNumber(param, LIST, item);
		if (isError(value)) return items.length > 1 ? { param, message: `Item ${index + 1}: ${value.message}` } : value;
		values.push(value);
	}
	return values;
}

export function compute(raw: Raw): Result {
	const a = parseNumber('a', limits.a, raw['a']);
	const series = parseList('series', raw['series']);
	const parallel = parseList('parallel', raw['parallel']);
	const errors = [a, series, parallel].filter(isError);
	return result(formats, errors, () => calculate({ a: a as number, series: series as number[], parallel: parallel as number[] }));
}

export const fields = describeFields(limits, {
	a: {
		label: 'Availability',
		default: '99.95',
		unit: '%',
		help: '100% would mean no downtime at all, which no real system reaches.',
		group: 'One availability',
	},
	series: {
		label: 'Components in series',
		default: '99.99, 99.95, 99.9',
		unit: '%',
		help: 'Every one must be up, e.g. load balancer, service, database.',
		group: 'Composition',
		inputmode: 'text',
	},
	parallel: {
		label: 'Redundant replicas in parallel',
		default: '99.9, 99.9',
		unit: '%',
		help: 'Any one suffices, e.g. two database replicas with failover.',
		group: 'Composition',
		inputmode: 'text',
	},
});

const DOWNTIME = 'Downtime allowed by a';
const COMPOSED = 'Composed availability';

export const outputs = describeOutputs(formats, {
	'downtime-year': { label: 'Per year', formula: '(1 − a/100) × 365 × 86,400 s', group: DOWNTIME },
	'downtime-month': { label: 'Per month', formula: 'downtime-year / 12', group: DOWNTIME },
	'downtime-week': { label: 'Per week', formula: '(1 − a/100) × 7 × 86,400 s', group: DOWNTIME },
	'downtime-day': { label: 'Per day', formula: '(1 − a/100) × 86,400 s', group: DOWNTIME },
	nines: { label: 'Number of nines', formula: '−log10(1 − a/100)', group: DOWNTIME },
	'composite-series': { label: 'Series (all up)', formula: '100 × product(a_i/100)', group: COMPOSED },
	'composite-series-downtime': {
		label: 'Series, downtime per year',
		formula: '(1 − composite-series/100) × 365 × 86,400 s',
		group: COMPOSED,
	},
	'composite-parallel': { label: 'Parallel (any one up)', formula: '100 × (1 − product(1 − a_i/100))', group: COMPOSED },
	'composite-parallel-downtime': {
		label: 'Parallel, downtime per year',
		formula: '(1 − composite-parallel/100) × 365 × 86,400 s',
		group: COMPOSED,
	},
	'composite-system': {
		label: 'Series chain plus the parallel group',
		formula: 'composite-series × composite-parallel / 100',
		group: COMPOSED,
	},
	'composite-system-downtime': {
		label: 'Whole system, downtime per year',
		formula: '(1 − composite-system/100) × 365 × 86,400 s',
		group: COMPOSED,
	},
	'bar-a': { label: 'Chart position of a', formula: 'log10(downtime-year in s) / log10(31,536,000)' },
	'bar-series': { label: 'Chart position of the series chain', formula: 'as bar-a' },
	'bar-parallel': { label: 'Chart position of the parallel group', formula: 'as bar-a' },
	'bar-system': { label: 'Chart position of the whole system', formula: 'as bar-a' },
});

export const notes = [
	'A year is 365 days (31,536,000 s); a month is a year / 12; a week is 7 days.',
	'Series and parallel formulas assume components fail independently. Shared power, network, deploys or bad config make failures correlated, and real redundancy worth less.',
	'Parallel assumes failover is instant and always works; a replica nobody fails over to adds nothing.',
	'The chart’s axis is logarithmic from 1 s to a whole year: each step to the right is ten times more downtime.',
];

export const availability: Model = { fields, outputs, notes, compute };
