/**
 * The calculator pages as built: present, their outputs marked up per the contract, and their
 * JavaScript within the budget (at most 3 KB gzip on first load beyond Starlight's own).
 */
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { extraJs } from '../support/page-js.ts';
import { assertBuilt, readDist } from '../support/site.ts';

const BUDGET = 3000;
/** A content page with no calculator: what Starlight itself loads. */
const BASELINE = 'patterns/circuit-breaker/index.html';
const TOOLS = ['capacity-estimator', 'cost-estimator', 'availability-calculator', 'snowflake-id', 'bloom-filter-calculator'];

beforeAll(() => assertBuilt());

describe('the calculator pages', () => {
	it.each(TOOLS)('%s loads at most 3 KB gzip of JavaScript beyond Starlight’s own', (slug) => {
		const extra = extraJs(`tools/${slug}/index.html`, BASELINE);
		const detail = [...extra.files].map(([file, bytes]) => `${file} ${bytes} B`).join(', ');
		expect(extra.total, detail).toBeGreaterThan(0);
		expect(extra.total, detail).toBeLessThanOrEqual(BUDGET);
	});

	it.each(TOOLS)('%s renders its results at build time, each with a name and a raw value', (slug) => {
		const root = parse(readDist(`tools/${slug}/index.html`));
		const outputs = root.querySelectorAll('[data-output]');
		expect(outputs.length).toBeGreaterThan(3);
		for (const output of outputs) {
			expect(output.getAttribute('data-value'), output.getAttribute('data-output')).toMatch(/\S/);
			expect(output.text).not.toMatch(/NaN|Infinity|—/);
		}
		// Every field has a label, an error slot named after its parameter, and the decimal keyboard or a stated other.
		for (const input of root.querySelectorAll('hld-calculator input')) {
			expect(root.querySelector(`label[for="${input.id}"]`), input.id).not.toBeNull();
			expect(root.querySelector(`[data-error="${input.getAttribute('name')}"]`), input.id).not.toBeNull();
			expect(input.getAttribute('inputmode')).toMatch(/^(decimal|numeric|text)$/);
		}
		expect(root.querySelector('hld-calculator [aria-live="polite"]')).not.toBeNull();
	});
});
