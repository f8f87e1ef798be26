/**
 * <hld-calculator>: the one custom element behind every calculator. The page arrives with the
 * form and the default results already rendered from the same model; this element only
 * re-runs the model's `compute` on input, keeps the inputs in the URL query (typing replaces
 * the current history entry, the first change of an edit adds one, back/forward restore it),
 * and copies the sheet as Markdown (copy.ts). Everything it writes goes through textContent.
 */
import type { Raw, Result } from '../lib/calculators/fields.ts';

export function defineCalculator(compute: (raw: Raw) => Result): void {
	customElements.define(
		'hld-calculator',
		class extends HTMLElement {
			connectedCallback(): void {
				const all = <T extends HTMLElement>(selector: string) => [...this.querySelectorAll<T>(selector)];
				const form = this.querySelector('form')!;
				const inputs = all<HTMLInputElement>('input[name]');
				const fromUrl = () => {
					const query = new URLSearchParams(location.search);
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
					const query = new URLSearchParams(location.search);
					for (const input of inputs) query.set(input.name, input.value);
					history[editing ? 'replaceState' : 'pushState'](null, '', `?${query}${location.hash}`);
					editing = true;
					render();
				});
				form.addEventListener('change', () => (editing = false));
				addEventListener('popstate', () => {
					editing = false;
					fromUrl();
					render();
				});

				// The Markdown export loads on first use: it is not part of the page's first download.
				this.querySelector('[data-copy]')!.addEventListener('click', async () => (await import('./copy.ts')).copySheet(this));

				for (const element of all('[data-js]')) element.hidden = false;
				fromUrl();
				render();
			}
		},
	);
}
