/**
 * Snowflake ID decoder and generator. A Snowflake ID is 64 bits: 1 sign bit (always 0), 41 bits
 * of milliseconds since an epoch, 5 bits of datacenter, 5 of worker and 12 of sequence. IDs go
 * beyond 2^53, so they are parsed and built with BigInt only, never through a JS number.
 * Contract: shared/calculators.md.
 */
import { formatNumber } from '../units.ts';
import {
	describeFields,
	describeOutputs,
	fieldError,
	isError,
	parseNumber,
	toOutputs,
	type FieldError,
	type Limits,
	type Model,
	type Raw,
	type Result,
} from './fields.ts';

export const EPOCHS: Readonly<Record<string, number>> = { twitter: 1288834974657, discord: 1420070400000 };
export const MAX_ID = (1n << 64n) - 1n;
/** 2^41 ms: the span of the timestamp field, about 69.7 years. */
export const TIMESTAMP_SPAN_MS = 2 ** 41;
/** 2^12 IDs per millisecond per worker. */
export const SEQUENCE_SIZE = 4096;
const LATEST_EPOCH = Date.UTC(2100, 0, 1);

const limits = {
	id: {
		allowed: 'digits only (no sign, spaces or decimal point) for a number from 0 to 18,446,744,073,709,551,615 (2^64 − 1)',
	},
	epoch: {
		min: 0,
		max: LATEST_EPOCH,
		integer: true,
		allowed: `twitter, discord, or whole milliseconds since 1970 from 0 to ${formatNumber(LATEST_EPOCH)}`,
	},
	gen_ms: { min: 0, max: LATEST_EPOCH + TIMESTAMP_SPAN_MS, integer: true },
	gen_dc: { min: 0, max: 31, integer: true },
	gen_worker: { min: 0, max: 31, integer: true },
	gen_seq: { min: 0, max: SEQUENCE_SIZE - 1, integer: true },
} satisfies Record<string, Limits>;

/** The ID as a BigInt, or what is wrong with the text. Exact for every 64-bit value. */
export function parseId(text: string | undefined): bigint | FieldError {
	const fail = (reason: string) => fieldError('id', limits.id, reason);
	if (!text) return fail('Enter an ID.');
	if (!/^\d+$/.test(text)) return fail('Not an unsigned integer.');
	if (text.replace(/^0+/, '').length > 20 || BigInt(text) > MAX_ID) return fail('Too large for 64 bits.');
	return BigInt(text);
}

/** `twitter`, `discord` (any case) or milliseconds since 1970. */
export function parseEpoch(text: string | undefined): number | FieldError {
	const name = (text ?? '').trim().toLowerCase();
	return EPOCHS[name] ?? parseNumber('epoch', limits.epoch, name);
}

const bits = (value: bigint, shift: bigint, width: bigint) => (value >> shift) & ((1n << width) - 1n);
const binary = (value: bigint, width: number) => value.toString(2).padStart(width, '0');
const iso = (ms: number) => new Date(ms).toISOString();
const plain = (value: number) => formatNumber(value, 0);

/**
 * The contract's fields of an ID: timestamp = (id >> 22) + epoch; datacenter bits 17–21;
 * worker bits 12–16; sequence bits 0–11; and each field's bits as binary text.
 */
export function decode(id: bigint, epoch: number) {
	const offset = Number(id >> 22n);
	return {
		'timestamp-ms': offset + epoch,
		'timestamp-iso': iso(offset + epoch),
		'timestamp-offset': offset,
		datacenter: Number(bits(id, 17n, 5n)),
		worker: Number(bits(id, 12n, 5n)),
		sequence: Number(bits(id, 0n, 12n)),
		'bits-sign': binary(id >> 63n, 1),
		'bits-timestamp': binary(bits(id, 22n, 41n), 41),
		'bits-datacenter': binary(bits(id, 17n, 5n), 5),
		'bits-worker': binary(bits(id, 12n, 5n), 5),
		'bits-sequence': binary(bits(id, 0n, 12n), 12),
	};
}

/** ((ms − epoch) << 22) | (datacenter << 17) | (worker << 12) | sequence. */
export const generate = (ms: number, epoch: number, datacenter: number, worker: number, sequence: number): bigint =>
	(BigInt(ms - epoch) << 22n) | (BigInt(datacenter) << 17n) | (BigInt(worker) << 12n) | BigInt(sequence);

const formats = {
	'timestamp-ms': (ms: number) => `${plain(ms)} ms`,
	'timestamp-offset': (ms: number) => `${plain(ms)} ms`,
	datacenter: plain,
	worker: plain,
	sequence: plain,
};

export function compute(raw: Raw): Result {
	const epoch = parseEpoch(raw['epoch']);
	const id = parseId(raw['id']);
	const errors: FieldError[] = [epoch, id].filter(isError);
	const values: Record<string, number | string> = {};
	const generator: Record<string, number> = {};
	for (const param of ['gen_ms', 'gen_dc', 'gen_worker', 'gen_seq'] as const) {
		const value = parseNumber(param, limits[param], raw[param]);
		if (isError(value)) errors.push(value);
		else generator[param] = value;
	}
	if (!isError(epoch)) {
		const last = epoch + TIMESTAMP_SPAN_MS - 1;
		values['epoch-end'] = iso(last);
		if (!isError(id)) Object.assign(values, decode(id, epoch));
		const { gen_ms: ms, gen_dc: datacenter, gen_worker: worker, gen_seq: sequence } = generator;
		if (ms !== undefined && (ms < epoch || ms > last)) {
			errors.push({
				param: 'gen_ms',
				message: `Outside this epoch. Allowed: ${plain(epoch)} to ${plain(last)} (${iso(epoch)} to ${iso(last)}).`,
			});
		} else if (ms !== undefined && datacenter !== undefined && worker !== undefined && sequence !== undefined) {
			values['generated-id'] = String(generate(ms, epoch, datacenter, worker, sequence));
			values['generated-iso'] = iso(ms);
		}
	}
	const outputs = toOutputs(formats, values);
	return errors.length ? { ok: false, errors, outputs } : { ok: true, outputs };
}

const DECODE = 'Decode an ID';
const GENERATE = 'Generate an ID';

export const fields = describeFields(limits, {
	id: {
		label: 'Snowflake ID',
		default: '175928847299117063',
		help: 'A decimal 64-bit ID, as APIs return it in JSON strings.',
		group: DECODE,
		inputmode: 'numeric',
	},
	epoch: {
		label: 'Epoch',
		default: 'discord',
		help: 'twitter is 1288834974657 (2010-11-04), discord is 1420070400000 (2015-01-01).',
		group: DECODE,
		inputmode: 'text',
	},
	gen_ms: {
		label: 'Time',
		default: '1462015105796',
		unit: 'ms since 1970',
		help: 'Uses the epoch above.',
		group: GENERATE,
		inputmode: 'numeric',
		now: 'Use the current time',
	},
	gen_dc: { label: 'Datacenter', default: '1', group: GENERATE, inputmode: 'numeric' },
	gen_worker: { label: 'Worker', default: '0', group: GENERATE, inputmode: 'numeric' },
	gen_seq: { label: 'Sequence', default: '7', help: 'Counts IDs made in the same millisecond.', group: GENERATE, inputmode: 'numeric' },
});

export const outputs = describeOutputs(formats, {
	'timestamp-ms': { label: 'Timestamp (ms since 1970)', formula: '(id >> 22) + epoch', group: 'Decoded' },
	'timestamp-iso': { label: 'Timestamp (UTC)', formula: 'the same instant in ISO 8601', group: 'Decoded' },
	datacenter: { label: 'Datacenter (Discord: worker)', formula: '(id >> 17) & 0b11111 (bits 17–21)', group: 'Decoded' },
	worker: { label: 'Worker (Discord: process)', formula: '(id >> 12) & 0b11111 (bits 12–16)', group: 'Decoded' },
	sequence: { label: 'Sequence (Discord: increment)', formula: 'id & 0xFFF (bits 0–11)', group: 'Decoded' },
	'timestamp-offset': { label: 'Milliseconds since the epoch', formula: 'id >> 22', group: 'Decoded' },
	'epoch-end': { label: 'Last instant this epoch can encode', formula: 'epoch + 2^41 − 1 ms', group: 'Decoded' },
	'generated-id': {
		label: 'Generated ID',
		formula: '((time − epoch) << 22) | (datacenter << 17) | (worker << 12) | sequence',
		group: 'Generated',
	},
	'generated-iso': { label: 'Its timestamp (UTC)', formula: 'time in ISO 8601', group: 'Generated' },
	'bits-sign': { label: 'Sign bit', formula: 'bit 63' },
	'bits-timestamp': { label: 'Timestamp bits', formula: 'bits 22–62' },
	'bits-datacenter': { label: 'Datacenter bits', formula: 'bits 17–21' },
	'bits-worker': { label: 'Worker bits', formula: 'bits 12–16' },
	'bits-sequence': { label: 'Sequence bits', formula: 'bits 0–11' },
});

export const notes = [
	'IDs are handled as BigInt from the text you type: a JavaScript number is exact only up to 2^53, and Snowflake IDs pass that within days of their epoch.',
	'A worker makes at most 4096 IDs per millisecond (12 sequence bits); the next one must wait for the clock to tick.',
	'41 bits of milliseconds last 2^41 ms, about 69.7 years after the epoch.',
	'If a server’s clock moves backwards, it could repeat timestamps and so IDs: generators refuse to issue IDs until the clock passes the last timestamp used.',
	'The sign bit stays 0 so the ID is a positive signed 64-bit integer; an ID with it set was not made by a Snowflake generator.',
];

export const snowflake: Model = { fields, outputs, notes, compute };
