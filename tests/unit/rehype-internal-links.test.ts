import type { Element, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { rehypeInternalLinks } from '../../src/markdown/rehype-internal-links.ts';

const link = (href: string): Element => ({ type: 'element', tagName: 'a', properties: { href }, children: [{ type: 'text', value: 'x' }] });

function run(base: string, hrefs: string[]): Element[] {
	const nodes = hrefs.map(link);
	const tree: Root = { type: 'root', children: nodes };
	rehypeInternalLinks({ base, written: new Set(['patterns/circuit-breaker', 'index']) })(tree);
	return nodes;
}

describe('rehypeInternalLinks', () => {
	it('prefixes the base path to links to written pages, keeping query and hash', () => {
		const [a, b] = run('/hld-check/', ['/patterns/circuit-breaker/?x=1#how-it-works', '/']);
		expect(a!.properties['href']).toBe('/hld-check/patterns/circuit-breaker/?x=1#how-it-works');
		expect(b!.properties['href']).toBe('/hld-check/');
	});

	it('leaves external and protocol-relative links alone', () => {
		const [a, b] = run('/hld-check/', ['https://example.org/', '//cdn.example/x']);
		expect(a!.properties['href']).toBe('https://example.org/');
		expect(b!.properties['href']).toBe('//cdn.example/x');
	});

	it('turns a link to a planned page into a marked span, not a broken link', () => {
		const [a] = run('/', ['/patterns/bulkhead/']);
		expect(a!.tagName).toBe('span');
		expect(a!.properties['href']).toBeUndefined();
		expect(a!.properties['className']).toEqual(['planned-link']);
	});
});
