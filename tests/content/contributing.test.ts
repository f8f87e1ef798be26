import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { withAuthoringReference } from '../../src/build/authoring-docs.ts';

describe('CONTRIBUTING.md', () => {
	it('documents the current schema (run `npm run docs:authoring` after changing it)', () => {
		const current = readFileSync(new URL('../../CONTRIBUTING.md', import.meta.url), 'utf8');
		expect(withAuthoringReference(current)).toBe(current);
	});

	it('documents every kind with its fields', () => {
		const text = readFileSync(new URL('../../CONTRIBUTING.md', import.meta.url), 'utf8');
		for (const heading of ['### `stage`', '### `pattern`', '### `paper`', '| `problem` |', '| `mitigations` |']) {
			expect(text).toContain(heading);
		}
	});
});
