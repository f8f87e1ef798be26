/**
 * <hld-progress>: restores the "read" ticks from localStorage ('hld-progress:v1'), saves them on
 * every change, updates each group's count ("5 of 14 stages read"), and resets with a confirm.
 */
import { countProgress, readProgress, writeProgress } from '../lib/progress.ts';

const KEY = 'hld-progress:v1';

export function defineProgress(): void {
	customElements.define(
		'hld-progress',
		class extends HTMLElement {
			connectedCallback(): void {
				const sections = [...this.querySelectorAll<HTMLElement>('[data-group]')];
				const boxes = [...this.querySelectorAll<HTMLInputElement>('[data-slug]')];
				const status = this.querySelector('[data-status]')!;
				let read = readProgress(localStorage.getItem(KEY));
				const render = () => {
					const counts = countProgress(
						sections.map((section) => ({
							noun: section.dataset['group']!,
							slugs: [...section.querySelectorAll<HTMLInputElement>('[data-slug]')].map((box) => box.dataset['slug']!),
						})),
						read,
					);
					sections.forEach((section, i) => {
						const count = section.querySelector('[data-count]')!;
						const text = `${counts[i]!.text} read`;
						if (count.textContent !== text) count.textContent = text;
					});
				};
				const save = () => {
					try {
						localStorage.setItem(KEY, writeProgress(read));
					} catch {
						status.textContent = 'Could not save: the browser’s storage is full or turned off.';
					}
				};
				this.addEventListener('change', (event) => {
					const box = event.target as HTMLInputElement;
					if (!box.dataset['slug']) return;
					if (box.checked) read.add(box.dataset['slug']);
					else read.delete(box.dataset['slug']);
					save();
					render();
				});
				this.querySelector('[data-reset]')!.addEventListener('click', () => {
					if (!confirm('Clear every “read” mark on this page?')) return;
					read = new Set();
					localStorage.removeItem(KEY);
					for (const box of boxes) box.checked = false;
					render();
					status.textContent = 'Progress reset.';
				});
				for (const box of boxes) box.checked = read.has(box.dataset['slug']!);
				for (const element of this.querySelectorAll<HTMLElement>('[data-js]')) element.hidden = false;
				render();
			}
		},
	);
}
