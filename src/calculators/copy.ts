/**
 * "Copy as Markdown" for <hld-calculator>: reads the sheet as the page shows it (labels, the
 * inputs as typed, each result's figure and formula, the assumptions), puts it on the clipboard
 * and says so in the element's status region.
 */
import { toMarkdown } from '../lib/calculators/markdown.ts';

const text = (element: Element | null) => element?.textContent?.trim() ?? '';

export async function copySheet(root: HTMLElement): Promise<void> {
	const all = (selector: string) => [...root.querySelectorAll(selector)];
	const inputs = all('input[name]') as HTMLInputElement[];
	const sheet = {
		title: text(document.querySelector('h1')),
		url: location.href,
		inputs: inputs.map((input) => ({ label: text(root.querySelector(`label[for="${input.id}"]`)), value: input.value })),
		results: all('tr[data-row]').map((row) => ({
			label: text(row.querySelector('th')),
			text: text(row.querySelector('[data-output]')),
			formula: text(row.querySelector('code')),
		})),
		notes: all('[data-notes] li').map(text),
	};
	const status = root.querySelector('[data-copy-status]')!;
	try {
		await navigator.clipboard.writeText(toMarkdown(sheet));
		status.textContent = `Copied ${sheet.inputs.length} inputs and ${sheet.results.length} results as Markdown.`;
	} catch {
		status.textContent = 'The browser did not allow copying. Select the results table and copy it instead.';
	}
}
