import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countProgress, readProgress, writeProgress } from '../../src/lib/progress.ts';

const groups = [
	{ noun: 'stages', slugs: ['stages/a', 'stages/b', 'stages/c'] },
	{ noun: 'papers', slugs: ['papers/x'] },
];

describe('reading progress', () => {
	it('counts the read pages of each group', () => {
		expect(countProgress(groups, new Set(['stages/a', 'stages/c', 'patterns/other']))).toEqual([
			{ noun: 'stages', read: 2, total: 3, text: '2 of 3 stages' },
			{ noun: 'papers', read: 0, total: 1, text: '0 of 1 papers' },
		]);
	});

	it('never counts more read than there are pages', () => {
		fc.assert(
			fc.property(fc.array(fc.constantFrom('stages/a', 'stages/b', 'stages/c', 'papers/x', 'other')), (read) => {
				for (const count of countProgress(groups, new Set(read))) {
					expect(count.read).toBeGreaterThanOrEqual(0);
					expect(count.read).toBeLessThanOrEqual(count.total);
				}
			}),
		);
	});

	it('stores and reads back the read pages, and reads anything malformed as nothing read', () => {
		fc.assert(
			fc.property(fc.uniqueArray(fc.string()), (slugs) => {
				expect(readProgress(writeProgress(new Set(slugs)))).toEqual(new Set(slugs));
			}),
		);
		for (const bad of [null, '', '{', 'null', '3', '{"read": 3}']) expect(readProgress(bad)).toEqual(new Set());
		expect(readProgress('{"read": ["a", 3]}')).toEqual(new Set(['a']));
	});
});
