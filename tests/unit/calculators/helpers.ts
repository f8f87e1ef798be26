/** Helpers for the calculator model tests. */
import fc from 'fast-check';
import { expect } from 'vitest';
import { defaults, type Field, type Model, type Output, type Raw, type Result } from '../../../src/lib/calculators/fields.ts';

/** Runs a model on its defaults with some fields changed. */
export const run = (model: Model, changes: Raw = {}): Result => model.compute({ ...defaults(model.fields), ...changes });

/** The outputs of a valid result by name; fails the test if the result is not valid. */
export function outputsOf(result: Result): Record<string, Output> {
	expect(result.ok ? [] : result.errors).toEqual([]);
	return Object.fromEntries(result.outputs.map((output) => [output.name, output]));
}

export const valueOf = (result: Result, name: string) => outputsOf(result)[name]!.value;

/** The errors of an invalid result, by parameter. */
export function errorsOf(result: Result): Record<string, string> {
	expect(result.ok, 'expected the inputs to be rejected').toBe(false);
	return Object.fromEntries((result.ok ? [] : result.errors).map((error) => [error.param, error.message]));
}

/** Every valid value of a numeric field, as a number (fractions only where the field allows them). */
export function arbitraryValue(field: Field): fc.Arbitrary<number> {
	const min = field.min ?? 0;
	const max = field.max ?? 1e12;
	const low = field.minExclusive ? Math.max(min, Number.MIN_VALUE) : min;
	if (field.integer) return fc.double({ min: Math.ceil(min + (field.minExclusive ? 1 : 0)), max, noNaN: true }).map(Math.floor);
	return fc
		.oneof(fc.double({ min: low, max: Math.min(max, 100), noNaN: true }), fc.double({ min: low, max, noNaN: true }))
		.filter((value) => (field.minExclusive ? value > min : value >= min) && (field.maxExclusive ? value < max : value <= max));
}

/** Valid inputs for the named fields of a model, as numbers. */
export function arbitraryInput<P extends string>(model: Model, params: readonly P[]): fc.Arbitrary<Record<P, number>> {
	const record = {} as Record<P, fc.Arbitrary<number>>;
	for (const param of params) record[param] = arbitraryValue(model.fields.find((field) => field.param === param)!);
	return fc.record(record) as fc.Arbitrary<Record<P, number>>;
}

/** A number's text as a reader could type it or a URL could carry it. */
export const asText = (input: Record<string, number>): Raw =>
	Object.fromEntries(Object.entries(input).map(([key, value]) => [key, String(value)]));

/** Every numeric output is finite and not negative, and its text never shows NaN or Infinity. */
export function expectSane(result: Result): void {
	for (const output of result.outputs) {
		if (typeof output.value === 'number') {
			expect(Number.isFinite(output.value), `${output.name} = ${output.value}`).toBe(true);
			expect(output.value, output.name).toBeGreaterThanOrEqual(0);
		}
		expect(output.text, output.name).not.toMatch(/NaN|Infinity|undefined/);
	}
}
