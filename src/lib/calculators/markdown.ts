/** "Copy as Markdown": a calculator's inputs, results and formulas as a block for a design doc. */

export interface MarkdownSheet {
	title: string;
	url: string;
	inputs: readonly { label: string; value: string }[];
	results: readonly { label: string; text: string; formula: string }[];
	notes: readonly string[];
}

/** Table cells hold text from the reader (the URL): no pipe or line break may end the cell early. */
const cell = (text: string) => text.replace(/\s+/g, ' ').trim().replace(/\\/g, '\\\\').replace(/\|/g, '\\|') || '—';

export function toMarkdown(sheet: MarkdownSheet): string {
	const lines = [
		`## ${cell(sheet.title)}`,
		'',
		`<${sheet.url}>`,
		'',
		'| Input | Value |',
		'| --- | --- |',
		...sheet.inputs.map((input) => `| ${cell(input.label)} | ${cell(input.value)} |`),
		'',
		'| Result | Value | Formula |',
		'| --- | --- | --- |',
		...sheet.results.map(
			(row) => `| ${cell(row.label)} | ${cell(row.text)} | ${row.formula ? `\`${cell(row.formula).replace(/`/g, "'")}\`` : '—'} |`,
		),
	];
	if (sheet.notes.length) lines.push('', ...sheet.notes.map((note) => `- ${note.replace(/\s+/g, ' ').trim()}`));
	return `${lines.join('\n')}\n`;
}
