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

	it('leaves an SVG without such data unchanged', () => {
		const svg = '<svg viewBox="0 0 10 10"><title>t</title><rect style="fill:#fff" width="10" height="10"/></svg>';
		expect(compactSvg(svg)).toBe(svg);
	});
});
