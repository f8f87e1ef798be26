import { describe, expect, it } from 'vitest';
import { parsePage } from '../../src/build/content-files.ts';
import { scaffoldPage, slugify } from '../../src/build/scaffold.ts';
import { h2Headings } from '../../src/lib/content-rules.ts';
import { KINDS } from '../../src/lib/kinds.ts';

describe('scaffoldPage', () => {
	it('places a page in its kind folder with every template heading in order', () => {
		const { path, text } = scaffoldPage('pattern', 'Bulkhead');
		expect(path).toBe('content/patterns/bulkhead.mdx');
		const page = parsePage(path, 'patterns/bulkhead', text);
		expect(page.data).toMatchObject({ title: 'Bulkhead', kind: 'pattern', related: [] });
		expect(h2Headings(page.body)).toEqual(KINDS.pattern.headings);
	});

	it('writes parseable frontmatter for every kind', () => {
		for (const kind of Object.keys(KINDS)) {
			const { path, text } = scaffoldPage(kind, 'A title');
			expect(parsePage(path, 'x/y', text).data['kind']).toBe(kind);
		}
	});

	it('rejects an unknown kind and an empty title, saying what is allowed', () => {
		expect(() => scaffoldPage('recipe', 'Soup')).toThrow(/Unknown kind "recipe". Kinds: stage, pattern/);
		expect(() => scaffoldPage('pattern', '???')).toThrow(/letter or digit/);
	});

	it('slugifies titles the way the inventory spells slugs', () => {
		expect(slugify('Read-through / Write-through')).toBe('read-through-write-through');
		expect(slugify('CAP theorem & PACELC')).toBe('cap-theorem-pacelc');
	});
});
