/**
 * The HLD worksheet, without the DOM: a design is a name and the reader's notes for each of the
 * 14 stages. A design is exported as Markdown (a `# <name>` title, then `## <n>. <stage title>`
 * and the notes for each stage) and parsed back; `parseDesign` is the inverse of
 * `serialiseDesign` and rejects anything that is not a worksheet export with a clear message.
 *
 * The stages are passed in (the page reads them from the stage pages at build time), so the
 * content stays the single source of their titles.
 */

export interface WorksheetStage {
	/** Position in the method, 1 to 14. */
	number: number;
	/** Title without its number: "Clarify requirements". */
	title: string;
}

export interface Design {
	/** One line, trimmed, not empty. */
	name: string;
	/** The reader's notes, one entry per stage in the order of the stages (line breaks are "\n"). */
	notes: string[];
}

export type WorksheetErrorCode =
	| 'empty'
	| 'too-large'
	| 'no-title'
	| 'stray-text'
	| 'unknown-stage'
	| 'out-of-order'
	| 'duplicate-stage'
	| 'no-stages'
	| 'bad-name'
	| 'bad-notes';

export interface WorksheetError {
	code: WorksheetErrorCode;
	message: string;
	/** 1-based line of the file the error is about, when there is one. */
	line?: number;
}

export type ParseResult = { ok: true; design: Design } | { ok: false; error: WorksheetError };

/** Largest file the import accepts: 1 MB (1024 × 1024 bytes). */
export const MAX_BYTES = 1024 * 1024;
/** Longest design name, in characters. */
export const MAX_NAME = 120;
export const TOO_LARGE = 'The file is larger than 1 MB, too large for a worksheet export.';

const fail = (code: WorksheetErrorCode, message: string, line?: number): { ok: false; error: WorksheetError } => ({
	ok: false,
	error: line === undefined ? { code, message } : { code, message, line },
});

/** An empty design with one empty note per stage. */
export function emptyDesign(name: string, stages: readonly WorksheetStage[]): Design {
	return { name, notes: stages.map(() => '') };
}

/** The problems with a design, each with its message; an empty list means it can be exported. */
export function validateDesign(design: Design, stages: readonly WorksheetStage[]): WorksheetError[] {
	const errors: WorksheetError[] = [];
	const name = design.name;
	if (name.trim() === '') errors.push({ code: 'bad-name', message: 'The design needs a name.' });
	else if (/[\r\n]/.test(name)) errors.push({ code: 'bad-name', message: 'The design name must be one line.' });
	else if (name !== name.trim()) errors.push({ code: 'bad-name', message: 'The design name must not start or end with spaces.' });
	else if (name.length > MAX_NAME) errors.push({ code: 'bad-name', message: `The design name is longer than ${MAX_NAME} characters.` });
	if (design.notes.length !== stages.length)
		errors.push({ code: 'bad-notes', message: `The design has notes for ${design.notes.length} stages; the method has ${stages.length}.` });
	return errors;
}

/** Lines of notes that start with "#" (after any backslashes) get one more backslash, so they never read as headings. */
const escapeLine = (line: string) => (/^\\*#/.test(line) ? `\\${line}` : line);
const unescapeLine = (line: string) => (/^\\+#/.test(line) ? line.slice(1) : line);

/** The design as Markdown: the title, then each stage's heading and notes, separated by blank lines. */
export function serialiseDesign(design: Design, stages: readonly WorksheetStage[]): string {
	const lines = [`# ${design.name.trim()}`, ''];
	stages.forEach((stage, index) => {
		const notes = (design.notes[index] ?? '').replace(/\r\n?/g, '\n');
		lines.push(`## ${stage.number}. ${stage.title}`, '', ...notes.split('\n').map(escapeLine), '');
	});
	return lines.join('\n');
}

const byteLength = (text: string) => new TextEncoder().encode(text).length;
const sameTitle = (a: string, b: string) => a.trim().replace(/\s+/g, ' ').toLowerCase() === b.trim().replace(/\s+/g, ' ').toLowerCase();

/** Parses a worksheet export back into a design: the inverse of `serialiseDesign`. */
export function parseDesign(text: string, stages: readonly WorksheetStage[]): ParseResult {
	if (byteLength(text) > MAX_BYTES) return fail('too-large', TOO_LARGE);
	const source = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
	if (source.trim() === '') return fail('empty', 'The file is empty.');
	const lines = source.split('\n');

	let at = 0;
	while (lines[at]!.trim() === '') at++;
	const title = /^# (.*)$/.exec(lines[at]!);
	if (!title || title[1]!.trim() === '')
		return fail('no-title', `This is not a worksheet export: it should start with a "# <design name>" title (line ${at + 1}).`, at + 1);
	const name = title[1]!.trim();
	if (name.length > MAX_NAME) return fail('bad-name', `The design name is longer than ${MAX_NAME} characters.`, at + 1);

	const notes = stages.map(() => '');
	const seen = new Set<number>();
	let lastIndex = -1;
	let body: string[] | undefined;
	let bodyIndex = -1;
	const close = () => {
		if (!body) return;
		if (body[0] === '') body.shift();
		if (body.length > 0 && body[body.length - 1] === '') body.pop();
		notes[bodyIndex] = body.map(unescapeLine).join('\n');
	};

	for (let i = at + 1; i < lines.length; i++) {
		const line = lines[i]!;
		const lineNo = i + 1;
		if (/^# /.test(line)) return fail('stray-text', `Line ${lineNo} is a second "# " title; a worksheet export has one.`, lineNo);
		if (/^## /.test(line)) {
			const heading = /^## (\d+)\.\s+(.+)$/.exec(line);
			const number = heading ? Number(heading[1]) : NaN;
			const index = stages.findIndex((stage) => stage.number === number);
			if (!heading || index < 0 || !sameTitle(heading[2]!, stages[index]!.title))
				return fail('unknown-stage', `Line ${lineNo}: "${line.slice(3).trim()}" is not one of the 14 stages.`, lineNo);
			if (seen.has(number)) return fail('duplicate-stage', `Line ${lineNo}: stage ${number} appears twice.`, lineNo);
			if (index < lastIndex)
				return fail(
					'out-of-order',
					`Line ${lineNo}: stage ${number} comes after stage ${stages[lastIndex]!.number}; stages must be in order.`,
					lineNo,
				);
			close();
			seen.add(number);
			lastIndex = index;
			body = [];
			bodyIndex = index;
			continue;
		}
		if (body) body.push(line);
		else if (line.trim() !== '')
			return fail('stray-text', `Line ${lineNo} has text before the first stage heading ("## 1. ${stages[0]?.title ?? ''}").`, lineNo);
	}
	if (!body) return fail('no-stages', `The file has a title but no stage headings ("## 1. ${stages[0]?.title ?? ''}" and so on).`);
	close();
	return { ok: true, design: { name, notes } };
}

/** A file name for the export: the design name in lower case, words joined by hyphens. */
export function fileName(name: string): string {
	const base = name
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60);
	return `${base || 'design'}.md`;
}

/** What the page keeps in localStorage: every design by id, and the one open. */
export interface Store {
	current: string;
	designs: Record<string, Design>;
}

/** Reads the stored JSON defensively: anything malformed is dropped, never thrown. */
export function readStore(json: string | null, stages: readonly WorksheetStage[]): Store | undefined {
	if (!json) return undefined;
	let raw: unknown;
	try {
		raw = JSON.parse(json);
	} catch {
		return undefined;
	}
	if (!raw || typeof raw !== 'object') return undefined;
	const { current, designs } = raw as { current?: unknown; designs?: unknown };
	if (!designs || typeof designs !== 'object') return undefined;
	const clean: Record<string, Design> = {};
	for (const [id, value] of Object.entries(designs)) {
		const design = value as { name?: unknown; notes?: unknown };
		if (typeof design?.name !== 'string' || !Array.isArray(design.notes)) continue;
		const notes: unknown[] = design.notes;
		clean[id] = { name: design.name, notes: stages.map((_, i) => (typeof notes[i] === 'string' ? (notes[i] as string) : '')) };
	}
	const ids = Object.keys(clean);
	if (ids.length === 0) return undefined;
	return { current: typeof current === 'string' && current in clean ? current : ids[0]!, designs: clean };
}
