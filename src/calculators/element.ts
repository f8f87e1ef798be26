/**
 * <hld-calculator>: the element around every calculator. The page arrives with the form and the
 * default results already rendered from the same model; this script only re-runs the model's
 * `compute` on input, keeps the inputs in the URL query (typing replaces the current history
 * entry, the first change of an edit adds one, back/forward restore it; `data-url="off"` leaves
 * the URL alone, for calculators embedded in another tool), and copies the sheet as Markdown
 * (copy.ts). Everything it writes goes through textContent.
 *
 * Several calculators can share a page (the worksheet embeds two): each model's script starts
 * the elements whose `data-model` names it.
 */
import type { Raw, Result } from '../lib/calculators/fields.ts';

type Compute = (raw: Raw) => Result;

/** Starts every calculator of `model` on the page (module scripts run after parsing) and marks it `data-ready`. */
export function startCalculators(model: string, compute: Compute): void {
	for (const root of document.querySelectorAll<HTMLElement>(`hld-calculator[data-model="${model}"]`)) start(root, compute);
}

function start(root: HTMLElement, compute: Compute): void {
	const syncUrl = root.dataset['url'] !== 'off';
	const all = <T extends HTMLElement>(selector: string) => [...root.querySelectorAll<T>(selector)];
	const form = root.querySelector('form')!;
	const inputs = all<HTMLInputElement>('input[name]');
	const fromUrl = () => {
		const query = new URLSearchParams(syncUrl ? location.search : '');
		for (const input of inputs) input.value = query.get(input.name) ?? input.defaultValue;
	};
	const render = () => {
		const result = compute(Object.fromEntries(inputs.map((input) => [input.name, input.value])));
		const outputs = new Map(result.outputs.map((output) => [output.name, output]));
		const errors = new Map((result.ok ? [] : result.errors).map((error) => [error.param, error.message]));
		for (const element of all('[data-output]')) {
			const output = outputs.get(element.dataset['output']!);
			element.textContent = output ? output.text : '—';
			element.dataset['value'] = output ? String(output.value) : '';
		}
		for (const element of all('[data-text]')) element.textContent = outputs.get(element.dataset['text']!)?.text ?? '—';
		for (const element of all('[data-width]')) {
			const width = Number(outputs.get(element.dataset['width']!)?.value);
			element.style.width = `${width > 0 ? Math.min(width, 100) : 0}%`;
		}
		for (const element of all('[data-error]')) element.textContent = errors.get(element.dataset['error']!) ?? '';
		for (const element of all('[data-invalid]')) element.hidden = result.ok;
		for (const input of inputs) input.setAttribute('aria-invalid', String(errors.has(input.name)));
	};

	let editing = false;
	form.addEventListener('submit', (event) => event.preventDefault());
	form.addEventListener('input', () => {
		if (syncUrl) {
			const query = new URLSearchParams(location.search);
			for (const input of inputs) query.set(input.name, input.value);
			history[editing ? 'replaceState' : 'pushState'](null, '', `?${query}${location.hash}`);
			editing = true;
		}
		render();
	});
	form.addEventListener('change', () => (editing = false));
	if (syncUrl)
		addEventListener('popstate', () => {
			editing = false;
			fromUrl();
			render();
		});

	// The Markdown export loads on first use: it is not part of the page's first download.
	root.querySelector('[data-copy]')?.addEventListener('click', async () => (await import('./copy.ts')).copySheet(root));

	for (const element of all('[data-js]')) element.hidden = false;
	fromUrl();
	render();
	root.dataset['ready'] = '';
}
