/**
 * "Copy as Markdown" for <hld-calculator>: reads the sheet as the page shows it (labels, the
 * inputs as typed, each result's figure and formula, the assumptions, and a link to the
 * calculator with these inputs), puts it on the clipboard and says so in the element's status
 * region. The worksheet uses `sheetMarkdown` to put an embedded calculator's sheet in its notes.
 */
import { toMarkdown } from '../lib/calculators/markdown.ts';

const text = (element: Element | null) => element?.textContent?.trim() ?? '';

/** The calculator's sheet as Markdown, linking its page with the inputs as typed. */
export function sheetMarkdown(root: HTMLElement): string {
	const all = (selector: string) => [...root.querySelectorAll(selector)];
	const inputs = all('input[name]') as HTMLInputElement[];
	const query = new URLSearchParams(inputs.map((input) => [input.name, input.value]));
	const sheet = sheetOf(root, inputs, root.dataset['title'] ?? '', new URL(`${root.dataset['href']}?${query}`, location.href).href);
	// The assumptions are on the calculator's page, one click away; notes keep only the figures.
	return toMarkdown({ ...sheet, notes: [] });
}

function sheetOf(root: HTMLElement, inputs: HTMLInputElement[], title: string, url: string) {
	const all = (selector: string) => [...root.querySelectorAll(selector)];
	return {
		title,
		url,
		inputs: inputs.map((input) => ({ label: text(root.querySelector(`label[for="${input.id}"]`)), value: input.value })),
		results: all('tr[data-row]').map((row) => ({
			label: text(row.querySelector('th')),
			text: text(row.querySelector('[data-output]')),
			formula: text(row.querySelector('code')),
		})),
		notes: all('[data-notes] li').map(text),
	};
}

export async function copySheet(root: HTMLElement): Promise<void> {
	const inputs = [...root.querySelectorAll('input[name]')] as HTMLInputElement[];
	const sheet = sheetOf(root, inputs, text(document.querySelector('h1')), location.href);
	const status = root.querySelector('[data-copy-status]')!;
	try {
		await navigator.clipboard.writeText(toMarkdown(sheet));
		status.textContent = `Copied ${sheet.inputs.length} inputs and ${sheet.results.length} results as Markdown.`;
	} catch {
		status.textContent = 'The browser did not allow copying. Select the results table and copy it instead.';
	}
}
