/**
 * <hld-worksheet>: keeps the reader's designs in localStorage ('hld-worksheet:v1'), saving on
 * every input; switches, creates and deletes designs; exports the open one as a Markdown file
 * and imports one back. A file that does not parse changes nothing saved. Nothing is sent
 * anywhere, and all text is set through .value and .textContent. A service worker scoped to this
 * page (public/worksheet-sw.js) keeps the page and the files it loaded, so it works offline.
 */
import {
	emptyDesign,
	fileName,
	MAX_BYTES,
	parseDesign,
	TOO_LARGE,
	readStore,
	serialiseDesign,
	validateDesign,
	type Store,
	type WorksheetStage,
} from '../lib/worksheet.ts';

const KEY = 'hld-worksheet:v1';

/**
 * Registers the worksheet's service worker and hands it every file the page has loaded; when the
 * worker has cached them, marks the worksheet `data-offline="ready"`.
 */
async function keepOffline(workerUrl: string, worksheet: HTMLElement): Promise<void> {
	if (!('serviceWorker' in navigator)) return;
	try {
		navigator.serviceWorker.addEventListener('message', (event) => {
			if (typeof event.data?.cached === 'number') worksheet.dataset['offline'] = 'ready';
		});
		const scope = new URL('.', location.href).pathname;
		await navigator.serviceWorker.register(workerUrl, { scope });
		// Loaded now, while online, so "Add these figures" works offline too.
		await import('../calculators/copy.ts');
		const files = performance.getEntriesByType('resource').map((entry) => entry.name);
		(await navigator.serviceWorker.ready).active?.postMessage({ cache: [location.href.split(/[?#]/)[0], ...files] });
	} catch {
		// Without the worker the worksheet still works online; offline use is a bonus.
	}
}

export function defineWorksheet(): void {
	customElements.define(
		'hld-worksheet',
		class extends HTMLElement {
			connectedCallback(): void {
				const stages = JSON.parse(this.dataset['stages']!) as WorksheetStage[];
				const $ = <T extends HTMLElement>(selector: string) => this.querySelector<T>(selector)!;
				const select = $<HTMLSelectElement>('[data-select]');
				const nameInput = $<HTMLInputElement>('[data-name]');
				const fileInput = $<HTMLInputElement>('[data-import]');
				const notes = [...this.querySelectorAll<HTMLTextAreaElement>('textarea[data-notes]')];
				const status = $('[data-status]');
				const say = (text: string) => (status.textContent = text);
				const newId = () => `d${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

				let store: Store =
					readStore(localStorage.getItem(KEY), stages) ??
					(() => {
						const id = newId();
						return { current: id, designs: { [id]: emptyDesign(nameInput.value, stages) } };
					})();
				const current = () => store.designs[store.current]!;
				const save = () => {
					try {
						localStorage.setItem(KEY, JSON.stringify(store));
					} catch {
						say('Could not save: the browser’s storage is full or turned off.');
					}
				};
				const show = () => {
					const ids = Object.keys(store.designs);
					select.replaceChildren(
						...ids.map((id) => {
							const option = new Option(store.designs[id]!.name.trim() || '(untitled)', id);
							option.selected = id === store.current;
							return option;
						}),
					);
					nameInput.value = current().name;
					notes.forEach((area, i) => (area.value = current().notes[i] ?? ''));
				};
				const open = (id: string) => {
					store.current = id;
					save();
					show();
				};
				const add = (name: string) => {
					const id = newId();
					store.designs[id] = emptyDesign(name, stages);
					return id;
				};

				const keep = () => {
					store.designs[store.current] = { name: nameInput.value, notes: notes.map((area) => area.value) };
					select.selectedOptions[0]!.textContent = nameInput.value.trim() || '(untitled)';
					save();
				};
				$('[data-sheet]').addEventListener('input', (event) => {
					// The embedded calculators' fields are not notes: only their figures, added on request.
					if (!(event.target as Element).closest('hld-calculator')) keep();
				});
				for (const button of this.querySelectorAll<HTMLButtonElement>('[data-insert]')) {
					button.addEventListener('click', async () => {
						const calculator = button.closest('details')!.querySelector<HTMLElement>('hld-calculator')!;
						const area = notes[stages.findIndex((stage) => String(stage.number) === button.dataset['insert'])]!;
						const figures = (await import('../calculators/copy.ts')).sheetMarkdown(calculator);
						area.value = area.value.trim() ? `${area.value.trimEnd()}\n\n${figures}` : figures;
						keep();
						say(`Added the ${calculator.dataset['title']?.toLowerCase() ?? 'figures'} to the notes for stage ${button.dataset['insert']}.`);
					});
				}
				select.addEventListener('change', () => {
					open(select.value);
					say(`Opened “${current().name}”.`);
				});
				$('[data-new]').addEventListener('click', () => {
					const names = new Set(Object.values(store.designs).map((design) => design.name));
					let n = Object.keys(store.designs).length + 1;
					while (names.has(`Design ${n}`)) n++;
					open(add(`Design ${n}`));
					say(`Created “Design ${n}”.`);
					nameInput.select();
				});
				$('[data-delete]').addEventListener('click', () => {
					const name = current().name;
					if (!confirm(`Delete the design “${name}”? This cannot be undone.`)) return;
					delete store.designs[store.current];
					open(Object.keys(store.designs)[0] ?? add('My design'));
					say(`Deleted “${name}”.`);
				});
				$('[data-export]').addEventListener('click', () => {
					const design = { ...current(), name: current().name.trim() };
					const errors = validateDesign(design, stages);
					if (errors.length) {
						say(`Cannot export: ${errors[0]!.message}`);
						return;
					}
					const url = URL.createObjectURL(new Blob([serialiseDesign(design, stages)], { type: 'text/markdown' }));
					const link = Object.assign(document.createElement('a'), { href: url, download: fileName(design.name) });
					link.click();
					setTimeout(() => URL.revokeObjectURL(url), 1000);
					say(`Exported “${design.name}” as ${link.download}.`);
				});
				fileInput.addEventListener('change', async () => {
					const file = fileInput.files?.[0];
					fileInput.value = '';
					if (!file) return;
					const result = file.size > MAX_BYTES ? undefined : parseDesign(await file.text(), stages);
					if (!result?.ok) {
						say(`Import failed, nothing was changed: ${result ? result.error.message : TOO_LARGE}`);
						return;
					}
					const { design } = result;
					const id = Object.keys(store.designs).find((key) => store.designs[key]!.name.trim() === design.name);
					const target = id ?? newId();
					store.designs[target] = design;
					open(target);
					say(`Imported “${design.name}” (${id ? 'updated' : 'new design'}).`);
				});

				for (const element of this.querySelectorAll<HTMLElement>('[data-js]')) element.hidden = false;
				save();
				show();
				void keepOffline(this.dataset['offlineWorker']!, this);
			}
		},
	);
}
