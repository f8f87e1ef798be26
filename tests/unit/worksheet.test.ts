import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	emptyDesign,
	fileName,
	MAX_BYTES,
	parseDesign,
	readStore,
	serialiseDesign,
	validateDesign,
	type Design,
} from '../../src/lib/worksheet.ts';

const STAGES = [
	'Clarify requirements',
	'Flow and actors',
	'Actions and APIs',
	'Identify microservices',
	'Capacity estimation',
	'Cost estimation',
	'Data model and database',
	'High-level architecture',
	'Scalability and reliability',
	'Trade-offs',
	'Failures and bottlenecks',
	'Security and compliance',
	'Feedback and iterate',
	'Summarize the design',
].map((title, i) => ({ number: i + 1, title }));

/** Lines that look like Markdown structure, so the round trip meets them often. */
const line = fc.oneof(
	fc.string(),
	fc.constantFrom('', '# title', '## 1. Clarify requirements', '\\# escaped', '\\\\## twice', '### sub', '#', '  # indented'),
);
/** Textarea values: any text, lines joined with "\n" (browsers never give "\r" in a textarea's value). */
const notes = fc.array(line, { maxLength: 6 }).map((lines) => lines.join('\n').replace(/\r/g, ''));
const name = fc
	.string({ minLength: 1, maxLength: 120 })
	.map((s) => s.replace(/[\r\n]/g, ' ').trim())
	.filter((s) => s !== '');
const design: fc.Arbitrary<Design> = fc.record({ name, notes: fc.array(notes, { minLength: 14, maxLength: 14 }) });

const error = (text: string) => {
	const result = parseDesign(text, STAGES);
	if (result.ok) throw new Error('expected an error');
	return result.error;
};

describe('the worksheet as Markdown', () => {
	it('writes a title, then every stage heading with its notes', () => {
		const design = emptyDesign('URL shortener', STAGES);
		design.notes[0] = '100M links a day\nreads ≫ writes';
		const text = serialiseDesign(design, STAGES);
		expect(
			text.startsWith('# URL shortener\n\n## 1. Clarify requirements\n\n100M links a day\nreads ≫ writes\n\n## 2. Flow and actors\n'),
		).toBe(true);
		expect(text.match(/^## /gm)).toHaveLength(14);
		expect(text).toContain('## 14. Summarize the design');
	});

	it('parses every valid design back to itself', () => {
		fc.assert(
			fc.property(design, (d) => {
				expect(validateDesign(d, STAGES)).toEqual([]);
				expect(parseDesign(serialiseDesign(d, STAGES), STAGES)).toEqual({ ok: true, design: d });
			}),
			{ numRuns: 300 },
		);
	});

	it('reads Windows line endings, a byte-order mark, missing stages and missing blank lines', () => {
		const text = '\uFEFF# Chat\r\n\r\n## 2. Flow and actors\r\nsender → server\r\n## 5. capacity estimation\r\n\r\n10k QPS\r\n';
		const result = parseDesign(text, STAGES);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.design.name).toBe('Chat');
		expect(result.design.notes[1]).toBe('sender → server');
		expect(result.design.notes[4]).toBe('10k QPS');
		expect(result.design.notes.filter((n) => n !== '')).toHaveLength(2);
	});

	it('rejects an empty file', () => {
		expect(error('')).toMatchObject({ code: 'empty', message: 'The file is empty.' });
		expect(error(' \n\n\t')).toMatchObject({ code: 'empty' });
	});

	it('rejects a file over 1 MB', () => {
		const text = `# Big\n\n## 1. Clarify requirements\n\n${'x'.repeat(MAX_BYTES)}`;
		expect(error(text)).toMatchObject({ code: 'too-large', message: 'The file is larger than 1 MB, too large for a worksheet export.' });
	});

	it('rejects a file without a title', () => {
		expect(error('## 1. Clarify requirements\n\nnotes')).toMatchObject({
			code: 'no-title',
			message: 'This is not a worksheet export: it should start with a "# <design name>" title (line 1).',
		});
		expect(error('just some text')).toMatchObject({ code: 'no-title' });
		expect(error('#   \n## 1. Clarify requirements')).toMatchObject({ code: 'no-title' });
		expect(error('{"name": "json"}')).toMatchObject({ code: 'no-title' });
	});

	it('rejects a title without stages', () => {
		expect(error('# Only a title\n')).toMatchObject({
			code: 'no-stages',
			message: 'The file has a title but no stage headings ("## 1. Clarify requirements" and so on).',
		});
	});

	it('rejects unknown stage headings', () => {
		expect(error('# D\n\n## 15. Deploy\n')).toMatchObject({
			code: 'unknown-stage',
			line: 3,
			message: 'Line 3: "15. Deploy" is not one of the 14 stages.',
		});
		expect(error('# D\n\n## 1. Requirements\n')).toMatchObject({ code: 'unknown-stage' });
		expect(error('# D\n\n## Notes\n')).toMatchObject({ code: 'unknown-stage', message: 'Line 3: "Notes" is not one of the 14 stages.' });
	});

	it('rejects stages out of order', () => {
		expect(error('# D\n\n## 3. Actions and APIs\n\n## 2. Flow and actors\n')).toMatchObject({
			code: 'out-of-order',
			line: 5,
			message: 'Line 5: stage 2 comes after stage 3; stages must be in order.',
		});
	});

	it('rejects a stage that appears twice', () => {
		expect(error('# D\n\n## 1. Clarify requirements\n\na\n\n## 1. Clarify requirements\n')).toMatchObject({
			code: 'duplicate-stage',
			line: 7,
			message: 'Line 7: stage 1 appears twice.',
		});
	});

	it('rejects text before the first stage and a second title', () => {
		expect(error('# D\nintro\n## 1. Clarify requirements\n')).toMatchObject({
			code: 'stray-text',
			message: 'Line 2 has text before the first stage heading ("## 1. Clarify requirements").',
		});
		expect(error('# D\n## 1. Clarify requirements\n# E\n')).toMatchObject({
			code: 'stray-text',
			message: 'Line 3 is a second "# " title; a worksheet export has one.',
		});
	});

	it('rejects a name over 120 characters', () => {
		expect(error(`# ${'n'.repeat(121)}\n## 1. Clarify requirements\n`)).toMatchObject({ code: 'bad-name' });
	});
});

describe('validating a design', () => {
	it('names what is wrong', () => {
		const ok = emptyDesign('A', STAGES);
		expect(validateDesign(ok, STAGES)).toEqual([]);
		expect(validateDesign({ ...ok, name: ' ' }, STAGES)[0]!.message).toBe('The design needs a name.');
		expect(validateDesign({ ...ok, name: 'a\nb' }, STAGES)[0]!.message).toBe('The design name must be one line.');
		expect(validateDesign({ ...ok, name: ' a' }, STAGES)[0]!.message).toBe('The design name must not start or end with spaces.');
		expect(validateDesign({ ...ok, name: 'n'.repeat(121) }, STAGES)[0]!.message).toBe('The design name is longer than 120 characters.');
		expect(validateDesign({ ...ok, notes: [] }, STAGES)[0]!.message).toBe('The design has notes for 0 stages; the method has 14.');
	});
});

describe('the stored designs', () => {
	it('reads what was stored and drops anything malformed', () => {
		const design = emptyDesign('A', STAGES);
		expect(readStore(JSON.stringify({ current: 'x', designs: { x: design } }), STAGES)).toEqual({ current: 'x', designs: { x: design } });
		expect(readStore(JSON.stringify({ current: 'gone', designs: { x: design, y: 3 } }), STAGES)).toEqual({
			current: 'x',
			designs: { x: design },
		});
		expect(readStore(JSON.stringify({ designs: { x: { name: 'B', notes: ['a'] } } }), STAGES)!.designs['x']!.notes).toHaveLength(14);
		for (const bad of [null, '', '{', '3', 'null', '{"designs": {}}', '{"designs": 1}']) expect(readStore(bad, STAGES)).toBeUndefined();
	});

	it('names export files after the design', () => {
		expect(fileName('URL shortener: v2')).toBe('url-shortener-v2.md');
		expect(fileName('!!!')).toBe('design.md');
	});
});
