import { describe, expect, it } from 'vitest';
import { kindSchemas, pageSchema } from '../../src/schemas/page.ts';

const pattern = {
	kind: 'pattern',
	description: 'Stops calling a failing dependency for a while so callers fail fast.',
	problem: 'Callers wait on a dependency that is down.',
};

describe('pageSchema', () => {
	it('accepts a minimal pattern and fills list defaults', () => {
		const data = pageSchema.parse(pattern);
		expect(data).toMatchObject({ kind: 'pattern', related: [], aliases: [], solves: [], sources: [] });
	});

	it('rejects a description over 160 characters', () => {
		expect(pageSchema.safeParse({ ...pattern, description: 'x'.repeat(161) }).success).toBe(false);
	});

	it('requires the fields of the declared kind', () => {
		const result = pageSchema.safeParse({
			kind: 'stage',
			description: 'A stage page with no stage number.',
			checklist: ['a b c'],
			outputs: ['x y z'],
		});
		expect(result.success).toBe(false);
		expect(JSON.stringify(result.error?.issues)).toContain('stage');
	});

	it('keeps a search weight between 0.1 and 10', () => {
		expect(pageSchema.parse({ ...pattern, searchWeight: 0.2 }).searchWeight).toBe(0.2);
		expect(pageSchema.safeParse({ ...pattern, searchWeight: 0 }).success).toBe(false);
	});

	it('rejects an unknown kind and a malformed slug', () => {
		expect(pageSchema.safeParse({ ...pattern, kind: 'recipe' }).success).toBe(false);
		expect(pageSchema.safeParse({ ...pattern, related: ['Circuit Breaker'] }).success).toBe(false);
	});

	it('describes every field of every kind, so the schema documents authoring', () => {
		for (const [kind, schema] of Object.entries(kindSchemas)) {
			for (const [field, fieldSchema] of Object.entries(schema.shape)) {
				expect((fieldSchema as { description?: string }).description, `${kind}.${field}`).toBeTruthy();
			}
		}
	});
});
