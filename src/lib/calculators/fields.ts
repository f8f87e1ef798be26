/**
 * What every calculator shares: its fields (URL parameters), its outputs, one parser that turns
 * the text of a field into a number or says what is allowed, and the result the page renders.
 * Pure: the page renders it at build time and the custom element re-runs `compute` in the browser.
 *
 * A model keeps what `compute` needs (limits, formatters) apart from the words around it
 * (labels, help, formulas), so the browser downloads only the former: the words are already on
 * the page, rendered at build time from the full `fields` and `outputs`.
 */
import { formatNumber } from '../units.ts';

/** Raw field text by URL parameter, exactly as typed or read from the query string. */
export type Raw = Readonly<Record<string, string | undefined>>;

/** What a field accepts. */
export interface Limits {
	/** Smallest allowed value; `minExclusive` makes it "greater than". */
	min?: number;
	minExclusive?: boolean;
	/** Largest allowed value; `maxExclusive` makes it "less than". */
	max?: number;
	maxExclusive?: boolean;
	integer?: boolean;
	/** Replaces the description generated from min/max, for fields that are not plain numbers. */
	allowed?: string;
}

/** How a field is presented. */
export interface FieldText {
	label: string;
	/** Default value as text: part of the realistic example the page opens with. */
	default: string;
	/** Unit shown beside the label: "KB", "%". */
	unit?: string;
	/** One line under the field; what is allowed is appended to it. */
	help?: string;
	/** Fieldset the field is grouped in. */
	group?: string;
	/** Keyboard on phones: decimal for numbers, numeric for IDs, text for lists and names. */
	inputmode?: 'decimal' | 'numeric' | 'text';
	/** Label of a button that fills the field with the current time in ms (shown only with JavaScript). */
	now?: string;
}

export interface Field extends Limits, FieldText {
	/** URL query parameter and form field name (the public contract). */
	param: string;
}

export interface FieldError {
	/** The field's URL parameter. */
	param: string;
	message: string;
}

export type Format = (value: number) => string;

export interface OutputText {
	label: string;
	formula: string;
	/** Caption of the result table that lists it; outputs for charts only have none. */
	group?: string;
}

export interface OutputSpec extends OutputText {
	name: string;
	format: Format;
}

export interface Output {
	name: string;
	/** The unrounded value: a number, or a string for IDs and instants. */
	value: number | string;
	/** The figure a person reads: "1.2 TB", "8 h 45 m 36 s". */
	text: string;
}

/** Outputs that could be computed, and what is wrong with the inputs (ok when nothing is). */
export type Result = { ok: true; outputs: Output[] } | { ok: false; errors: FieldError[]; outputs: Output[] };

export interface Model {
	fields: readonly Field[];
	outputs: readonly OutputSpec[];
	/** Assumptions shown beside the results and copied with them. */
	notes: readonly string[];
	compute(raw: Raw): Result;
}

/**
 * Joins limits and words, in the order of the words. Marked free of side effects so that the
 * browser bundle, which imports only `compute`, drops the words along with the unused `fields`.
 */
export const describeFields = /* @__NO_SIDE_EFFECTS__ */ <P extends string>(
	limits: Record<P, Limits>,
	text: Record<P, FieldText>,
): (Field & { param: P })[] => (Object.keys(text) as P[]).map((param) => ({ param, ...limits[param], ...text[param] }));

/** Joins formatters and words, in the order of the words; outputs that are strings (IDs, instants) need no formatter. */
export const describeOutputs = /* @__NO_SIDE_EFFECTS__ */ <N extends string>(
	formats: Partial<Record<N, Format>>,
	text: Record<N, OutputText>,
): OutputSpec[] => (Object.keys(text) as N[]).map((name) => ({ name, format: formats[name] ?? String, ...text[name] }));

/** "a whole number from 1 to 10,000,000,000", "a number from 0 to below 100", "a number greater than 0 and less than 100". */
export function allowed(limits: Limits): string {
	if (limits.allowed) return limits.allowed;
	const kind = limits.integer ? 'a whole number' : 'a number';
	const { min, max } = limits;
	const n = (value: number) => formatNumber(value, 12);
	if (min !== undefined && max !== undefined && !limits.minExclusive)
		return `${kind} from ${n(min)} to ${limits.maxExclusive ? 'below ' : ''}${n(max)}`;
	const parts: string[] = [];
	if (min !== undefined) parts.push(limits.minExclusive ? `greater than ${n(min)}` : `at least ${n(min)}`);
	if (max !== undefined) parts.push(limits.maxExclusive ? `less than ${n(max)}` : `at most ${n(max)}`);
	return [kind, parts.join(' and ')].filter(Boolean).join(' ');
}

/** "Too large. Allowed: a number from 1 to 10." */
export const fieldError = (param: string, limits: Limits, reason: string): FieldError => ({
	param,
	message: `${reason} Allowed: ${allowed(limits)}.`,
});

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** Parses one number and checks it against its limits; the message says what is wrong and what is allowed. */
export function parseNumber(param: string, limits: Limits, text: string | undefined): number | FieldError {
	const fail = (reason: string) => fieldError(param, limits, reason);
	const trimmed = (text ?? '').trim();
	if (trimmed === '') return fail('Enter a value.');
	if (!NUMBER.test(trimmed)) return fail('Not a number: use digits and a point, no commas or units.');
	const value = Number(trimmed);
	const { min, max } = limits;
	if (!Number.isFinite(value)) return fail('Too large.');
	if (value < 0 && (min ?? 0) >= 0) return fail('Negative values make no sense here.');
	if (limits.integer && !Number.isInteger(value)) return fail('Must be a whole number.');
	if (min !== undefined && (limits.minExclusive ? value <= min : value < min))
		return fail(value === 0 && min === 0 ? 'Zero is not possible here.' : 'Too small.');
	if (max !== undefined && (limits.maxExclusive ? value >= max : value > max)) return fail('Too large.');
	return value;
}

export const isError = (value: unknown): value is FieldError => typeof value === 'object' && value !== null && 'message' in value;

/** Parses every field of `limits` (a missing one is empty); the values of the valid ones and every error, in order. */
export function parseNumbers<P extends string>(limits: Record<P, Limits>, raw: Raw): { values: Record<P, number>; errors: FieldError[] } {
	const values = {} as Record<P, number>;
	const errors: FieldError[] = [];
	for (const param of Object.keys(limits) as P[]) {
		const parsed = parseNumber(param, limits[param], raw[param]);
		if (isError(parsed)) errors.push(parsed);
		else values[param] = parsed;
	}
	return { values, errors };
}

/**
 * Formats computed values. A number that is not finite (valid inputs never produce one) is
 * left out, so the page shows "—" rather than NaN or Infinity.
 */
export function toOutputs(formats: Readonly<Record<string, Format>>, values: Readonly<Record<string, number | string>>): Output[] {
	const outputs: Output[] = [];
	for (const [name, value] of Object.entries(values)) {
		if (typeof value === 'number' && !Number.isFinite(value)) continue;
		outputs.push({ name, value, text: typeof value === 'number' ? formats[name]!(value) : value });
	}
	return outputs;
}

/** The result of one calculation: the formatted outputs when the inputs are valid, the errors otherwise. */
export const result = (
	formats: Readonly<Record<string, Format>>,
	errors: FieldError[],
	values: () => Readonly<Record<string, number | string>>,
): Result => (errors.length ? { ok: false, errors, outputs: [] } : { ok: true, outputs: toOutputs(formats, values()) });

/** The default of every field: the example a calculator opens with. */
export const defaults = (fields: readonly Field[]): Record<string, string> =>
	Object.fromEntries(fields.map((field) => [field.param, field.default]));
