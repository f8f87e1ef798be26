/**
 * Runs a calculator the way its page does for a given link: the model's defaults, overridden by
 * the link's query. Pages use it to print figures that are computed, not typed, so a stage page
 * and the calculator it links to can never disagree.
 */
import { availability } from './availability.ts';
import { bloom } from './bloom.ts';
import { capacity } from './capacity.ts';
import { cost } from './cost.ts';
import { defaults, type Model, type Output } from './fields.ts';
import { snowflake } from './snowflake.ts';

export const CALCULATORS = {
	'capacity-estimator': capacity,
	'cost-estimator': cost,
	'availability-calculator': availability,
	'snowflake-id': snowflake,
	'bloom-filter-calculator': bloom,
} as const satisfies Record<string, Model>;

export type CalculatorSlug = keyof typeof CALCULATORS;

/** Every output of the calculator at `slug` for the inputs in `query` (e.g. "dau=1000000&peak=2"). */
export function evaluate(slug: CalculatorSlug, query: string): Map<string, Output> {
	const model: Model = CALCULATORS[slug];
	const raw: Record<string, string | undefined> = { ...defaults(model.fields) };
	for (const [param, value] of new URLSearchParams(query)) {
		if (!(param in raw)) throw new Error(`tools/${slug} has no input "${param}" (inputs: ${Object.keys(raw).join(', ')})`);
		raw[param] = value;
	}
	const result = model.compute(raw);
	if (!result.ok) throw new Error(`tools/${slug}?${query}: ${result.errors.map((error) => `${error.param}: ${error.message}`).join('; ')}`);
	return new Map(result.outputs.map((output) => [output.name, output]));
}
