/**
 * The HLD worksheet and the progress page in Chromium: notes saved and restored across reloads,
 * several designs, Markdown export and import (a bad file changes nothing), the embedded capacity
 * and cost calculators, offline use after the first visit, and read marks.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { capacity } from '../../src/lib/calculators/capacity.ts';
import { defaults } from '../../src/lib/calculators/fields.ts';
import { parseDesign, serialiseDesign, type WorksheetStage } from '../../src/lib/worksheet.ts';
import { skipBrowserTests, useSiteInBrowser, watchErrors } from '../support/browser.ts';

const KEY = 'hld-worksheet:v1';

describe.skipIf(skipBrowserTests)('the worksheet and the progress page in Chromium', () => {
	const session = useSiteInBrowser();
	const { url } = session;

	async function open(path: string, element: string) {
		const page = await session.browser.newPage();
		const errors = watchErrors(page);
		page.on('dialog', (dialog) => void dialog.accept());
		await page.goto(url(path), { waitUntil: 'load' });
		await page.waitForFunction((name) => customElements.get(name) !== undefined, element);
		return { page, errors };
	}

	const stagesOf = async (page: Page) => JSON.parse((await page.getAttribute('hld-worksheet', 'data-stages'))!) as WorksheetStage[];
	const notes = (page: Page, n: number) => page.getByRole('textbox', { name: new RegExp(`^Notes for stage ${n},`) });
	const nameField = (page: Page) => page.getByRole('textbox', { name: 'Design name' });
	const stored = (page: Page) => page.evaluate((key) => localStorage.getItem(key), KEY);
	const status = (page: Page) => page.locator('hld-worksheet [data-status]');

	it('restores the notes of two stages after a reload', async () => {
		const { page, errors } = await open('tools/worksheet/', 'hld-worksheet');
		expect(await page.locator('hld-worksheet section h3 a').count()).toBe(14);
		await nameField(page).fill('URL shortener');
		await notes(page, 1).click();
		await page.keyboard.type('100M new links a day');
		await notes(page, 5).click();
		await page.keyboard.type('1,160 writes/s');
		await page.reload({ waitUntil: 'load' });
		await page.waitForFunction(() => customElements.get('hld-worksheet') !== undefined);
		expect(await nameField(page).inputValue()).toBe('URL shortener');
		expect(await notes(page, 1).inputValue()).toBe('100M new links a day');
		expect(await notes(page, 5).inputValue()).toBe('1,160 writes/s');
		expect(await notes(page, 2).inputValue()).toBe('');
		expect(errors).toEqual([]);
		await page.close();
	});

	it('keeps a second design and switches between them', async () => {
		const { page } = await open('tools/worksheet/', 'hld-worksheet');
		await nameField(page).fill('Chat');
		await notes(page, 3).fill('POST /messages');
		await page.getByRole('button', { name: 'New' }).click();
		await nameField(page).fill('Feed');
		await notes(page, 3).fill('GET /feed');
		const select = page.getByRole('combobox', { name: 'Open design' });
		expect(await select.locator('option').allTextContents()).toEqual(['Chat', 'Feed']);
		await select.selectOption({ label: 'Chat' });
		expect(await nameField(page).inputValue()).toBe('Chat');
		expect(await notes(page, 3).inputValue()).toBe('POST /messages');
		await page.reload({ waitUntil: 'load' });
		await page.waitForFunction(() => customElements.get('hld-worksheet') !== undefined);
		expect(await nameField(page).inputValue()).toBe('Chat');
		await select.selectOption({ label: 'Feed' });
		expect(await notes(page, 3).inputValue()).toBe('GET /feed');
		await page.getByRole('button', { name: 'Delete' }).click();
		expect(await select.locator('option').allTextContents()).toEqual(['Chat']);
		expect(await status(page).textContent()).toBe('Deleted “Feed”.');
		await page.close();
	});

	it('exports a Markdown file that parses back to the design', async () => {
		const { page } = await open('tools/worksheet/', 'hld-worksheet');
		await nameField(page).fill('Rate limiter');
		await notes(page, 1).fill('# not a heading\nper-user limits');
		await notes(page, 14).fill('token bucket in Redis');
		const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export (.md)' }).click()]);
		expect(download.suggestedFilename()).toBe('rate-limiter.md');
		const text = await readFile((await download.path())!, 'utf8');
		const stages = await stagesOf(page);
		const result = parseDesign(text, stages);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.design.name).toBe('Rate limiter');
		expect(result.design.notes[0]).toBe('# not a heading\nper-user limits');
		expect(result.design.notes[13]).toBe('token bucket in Redis');
		await page.close();
	});

	it('imports a good file as a new design, and again to update it', async () => {
		const { page } = await open('tools/worksheet/', 'hld-worksheet');
		const stages = await stagesOf(page);
		const design = { name: 'Imported', notes: stages.map((stage) => `notes for ${stage.number}`) };
		const file = (text: string) => ({ name: 'imported.md', mimeType: 'text/markdown', buffer: Buffer.from(text) });
		const importer = page.getByLabel('Import a worksheet (.md)');
		await importer.setInputFiles(file(serialiseDesign(design, stages)));
		await expect.poll(() => nameField(page).inputValue()).toBe('Imported');
		expect(await notes(page, 7).inputValue()).toBe('notes for 7');
		expect(await status(page).textContent()).toBe('Imported “Imported” (new design).');
		const select = page.getByRole('combobox', { name: 'Open design' });
		expect(await select.locator('option').count()).toBe(2);

		await importer.setInputFiles(file(serialiseDesign({ ...design, notes: design.notes.map(() => 'updated') }, stages)));
		await expect.poll(() => status(page).textContent()).toBe('Imported “Imported” (updated).');
		expect(await notes(page, 7).inputValue()).toBe('updated');
		expect(await select.locator('option').count()).toBe(2);
		await page.close();
	});

	it('refuses a bad file with the reason and changes nothing saved', async () => {
		const { page } = await open('tools/worksheet/', 'hld-worksheet');
		await nameField(page).fill('Keep me');
		await notes(page, 2).fill('client → API');
		const before = await stored(page);
		await page
			.getByLabel('Import a worksheet (.md)')
			.setInputFiles({ name: 'notes.md', mimeType: 'text/markdown', buffer: Buffer.from('# Notes\n\n## 15. Deploy\n') });
		await expect
			.poll(() => status(page).textContent())
			.toBe('Import failed, nothing was changed: Line 3: "15. Deploy" is not one of the 14 stages.');
		expect(await page.locator('hld-worksheet [aria-live="polite"]').count()).toBeGreaterThan(0);
		expect(await stored(page)).toBe(before);
		expect(await nameField(page).inputValue()).toBe('Keep me');
		expect(await notes(page, 2).inputValue()).toBe('client → API');
		await page.close();
	});

	it('embeds the capacity and cost calculators: they compute in place, leave the URL and notes alone, and add their figures to the notes on request', async () => {
		const { page, errors } = await open('tools/worksheet/', 'hld-worksheet');
		await nameField(page).fill('Embedded');
		const stage5 = page.locator('section', { has: page.getByRole('heading', { name: '5. Capacity estimation' }) });
		await stage5.getByText('Capacity estimator for this stage').click();
		const dau = stage5.getByRole('textbox', { name: /^Daily active users/ });
		await dau.fill('2000000');
		const expected = capacity.compute({ ...defaults(capacity.fields), dau: '2000000' });
		if (!expected.ok) throw new Error('the test inputs are invalid');
		const peak = expected.outputs.find((output) => output.name === 'read-qps-peak')!;
		await expect.poll(() => stage5.locator('[data-output="read-qps-peak"]').getAttribute('data-value')).toBe(String(peak.value));
		expect(new URL(page.url()).search).toBe('');
		expect(await notes(page, 5).inputValue()).toBe('');

		await notes(page, 5).fill('Assumptions first.');
		await stage5.getByRole('button', { name: 'Add these figures to the notes for stage 5' }).click();
		await expect.poll(() => notes(page, 5).inputValue()).toContain(peak.text);
		const added = await notes(page, 5).inputValue();
		expect(added.startsWith('Assumptions first.\n\n## Capacity estimate')).toBe(true);
		expect(added).toContain('/tools/capacity-estimator/?dau=2000000&');

		const stage6 = page.locator('section', { has: page.getByRole('heading', { name: '6. Cost estimation' }) });
		await stage6.getByText('Cost estimator for this stage').click();
		await stage6.getByRole('textbox', { name: /^Instances/ }).fill('13');
		expect(await notes(page, 6).inputValue()).toBe('');

		await page.reload({ waitUntil: 'load' });
		await page.waitForFunction(() => customElements.get('hld-worksheet') !== undefined);
		expect(await notes(page, 5).inputValue()).toBe(added);
		const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export (.md)' }).click()]);
		const result = parseDesign(await readFile((await download.path())!, 'utf8'), await stagesOf(page));
		expect(result.ok && result.design.notes[4]).toBe(added);
		expect(errors).toEqual([]);
		await page.close();
	});

	it('works offline once loaded: a reload without network restores the page, the notes and the calculators', async () => {
		const { page } = await open('tools/worksheet/', 'hld-worksheet');
		await notes(page, 1).fill('Written before going offline');
		// The service worker caches the page and every file it loaded, then tells the page, which marks itself ready.
		await page.locator('hld-worksheet[data-offline="ready"]').waitFor({ state: 'attached' });
		expect(await page.evaluate(async () => (await (await caches.open('hld-worksheet-v1')).keys()).length)).toBeGreaterThan(5);
		await page.context().setOffline(true);
		await page.reload({ waitUntil: 'load' });
		await page.waitForFunction(() => customElements.get('hld-worksheet') !== undefined);
		expect(await notes(page, 1).inputValue()).toBe('Written before going offline');
		const stage5 = page.locator('section', { has: page.getByRole('heading', { name: '5. Capacity estimation' }) });
		await stage5.getByText('Capacity estimator for this stage').click();
		await stage5.getByRole('textbox', { name: /^Daily active users/ }).fill('1000000');
		const expected = capacity.compute({ ...defaults(capacity.fields), dau: '1000000' });
		if (!expected.ok) throw new Error('the test inputs are invalid');
		const servers = expected.outputs.find((output) => output.name === 'servers')!;
		await expect.poll(() => stage5.locator('[data-output="servers"]').getAttribute('data-value')).toBe(String(servers.value));
		await stage5.getByRole('button', { name: 'Add these figures to the notes for stage 5' }).click();
		await expect.poll(() => notes(page, 5).inputValue()).toContain(servers.text);
		await page.context().setOffline(false);
		await page.close();
	});

	it('progress: a read mark survives a reload, counts update, and Reset clears it', async () => {
		const { page, errors } = await open('tools/progress/', 'hld-progress');
		const stages = page.locator('[data-group="stages"]');
		const count = stages.locator('[data-count]');
		expect((await count.textContent())!.trim()).toBe('0 of 14 stages read');
		const box = stages.getByRole('checkbox').nth(2);
		await box.check();
		expect(await count.textContent()).toBe('1 of 14 stages read');
		await page.reload({ waitUntil: 'load' });
		await page.waitForFunction(() => customElements.get('hld-progress') !== undefined);
		expect(await stages.getByRole('checkbox').nth(2).isChecked()).toBe(true);
		expect(await count.textContent()).toBe('1 of 14 stages read');
		await page.getByRole('button', { name: 'Reset' }).click();
		expect(await stages.getByRole('checkbox').nth(2).isChecked()).toBe(false);
		expect(await count.textContent()).toBe('0 of 14 stages read');
		await page.reload({ waitUntil: 'load' });
		await page.waitForFunction(() => customElements.get('hld-progress') !== undefined);
		expect(await stages.getByRole('checkbox').nth(2).isChecked()).toBe(false);
		expect(errors).toEqual([]);
		await page.close();
	});
});
