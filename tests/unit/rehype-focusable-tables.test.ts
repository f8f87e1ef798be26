import type { Element, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { rehypeFocusableTables } from '../../src/markdown/rehype-focusable-tables.ts';

describe('rehypeFocusableTables', () => {
	it('makes every table reachable with the keyboard, and nothing else', () => {
		const table: Element = { type: 'element', tagName: 'table', properties: {}, children: [] };
		const paragraph: Element = { type: 'element', tagName: 'p', properties: {}, children: [] };
		rehypeFocusableTables()({ type: 'root', children: [paragraph, table] } as Root);
		expect(table.properties['tabIndex']).toBe(0);
		expect(paragraph.properties['tabIndex']).toBeUndefined();
	});
});
