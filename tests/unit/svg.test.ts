import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compactSvg } from '../../src/lib/svg.ts';

describe('compactSvg', () => {
	it('drops mermaid runtime data and empty styles, keeping what styling and accessibility use', () => {
		const svg =
			'<svg id="d" aria-roledescription="er"><path d="M0,0L1,1" id="d-edge" class="relationshipLine" style="undefined;;;undefined" data-edge="true" data-et="edge" data-id="e1" data-points="W3sieCI6MH1d"></path><g data-look="classic" style="fill: red"></g></svg>';
		expect(compactSvg(svg)).toBe(
			'<svg id="d" aria-roledescription="er"><path d="M0,0L1,1" id="d-edge" class="relationshipLine"></path><g data-look="classic" style="fill: red"></g></svg>',
		);
	});

	it('rounds path coordinates to a tenth of a pixel, and nothing else', () => {
		const svg = '<svg width="100.125"><path d="M769.875,231.917C769.875,242.083,-0.04,3L10,20.96Z" stroke-width="1.125"></path></svg>';
		expect(compactSvg(svg)).toBe('<svg width="100.125"><path d="M769.9,231.9C769.9,242.1,0,3L10,21Z" stroke-width="1.125"></path></svg>');
	});

	it('never rounds inside compact number runs, where rounding would merge or split numbers', () => {
		const compact = '<svg><path d="M12.045.5l-.045-.001-.045v-17l.001-.45-.4 192.3-.181.3.014l.985 6.2 5.4 1z"></path></svg>';
		expect(compactSvg(compact)).toBe(
			'<svg><path d="M12.045.5l-.045-.001-.045v-17l.001-.45-.4 192.3-.181.3.014l.985 6.2 5.4 1z"></path></svg>',
		);
		expect(compactSvg('<svg><path d="M1.234e-5,3.14159 L2.5,0.06"></path></svg>')).toBe(
			'<svg><path d="M1.2e-5,3.1 L2.5,0.1"></path></svg>',
		);
	});

	it('keeps every number of any path, compactly written or not, within a twentieth of a pixel', () => {
		// SVG path grammar: a number is an optional sign, digits and at most one point, so "1.5.25" is 1.5 then .25.
		const NUMBER = /-?(?:\d+\.?\d*|\.\d+)/g;
		const numbers = (d: string) => (d.match(NUMBER) ?? []).map(Number);
		const written = fc.tuple(fc.double({ min: -5000, max: 5000, noNaN: true }), fc.integer({ min: 0, max: 4 })).map(([value, places]) => {
			const text = value.toFixed(places);
			return text.replace(/^(-?)0\./, '$1.'); // compact writers drop the leading zero
		});
		fc.assert(
			fc.property(fc.array(written, { minLength: 1, maxLength: 12 }), fc.boolean(), (values, compact) => {
				// A compact writer omits the separator wherever the next number cannot be read as part of this one.
				const d = `M${values.reduce((path, next, i) => (i === 0 ? next : path + (compact && (next.startsWith('-') || (next.startsWith('.') && /\./.test(values[i - 1]!))) ? '' : ' ') + next), '')}`;
				const before = numbers(d);
				const after = numbers(compactSvg(`<svg><path d="${d}"></path></svg>`).match(/ d="([^"]*)"/)![1]!);
				expect(after).toHaveLength(before.length);
				after.forEach((value, i) => expect(Math.abs(value - before[i]!)).toBeLessThanOrEqual(0.05 + 1e-9));
			}),
		);
	});

	it('leaves an SVG without such data unchanged', () => {
		const svg = '<svg viewBox="0 0 10 10"><title>t</title><rect style="fill:#fff" width="10" height="10"/></svg>';
		expect(compactSvg(svg)).toBe(svg);
	});
});
