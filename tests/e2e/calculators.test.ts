/**
 * The five calculators in Chromium: outputs against the contract's formulas (computed here,
 * independently of the models), keyboard input with the URL following, bad input, history,
 * pages without JavaScript, exact 64-bit IDs, and Copy as Markdown.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { capacity } from '../../src/lib/calculators/capacity.ts';
import { cost } from '../../src/lib/calculators/cost.ts';
import { availability } from '../../src/lib/calculators/availability.ts';
import { snowflake } from '../../src/lib/calculators/snowflake.ts';
import { bloom } from '../../src/lib/calculators/bloom.ts';
import { defaults, type Model } from '../../src/lib/calculators/fields.ts';
import { AXE_SOURCE, setTheme, skipBrowserTests, useSiteInBrowser, watchErrors } from '../support/browser.ts';

const TOOLS: [slug: string, model: Model][] = [
	['capacity-estimator', capacity],
	['cost-estimator', cost],
	['availability-calculator', availability],
	['snowflake-id', snowflake],
	['bloom-filter-calculator', bloom],
];

/** Every output on the page: its raw data-value and its text. */
const outputs = (page: Page) =>
	page.$$eval('[data-output]', (nodes) =>
		Object.fromEntries(
			nodes.map((node) => [node.getAttribute('data-output')!, { value: node.getAttribute('data-value')!, text: node.textContent!.trim() }]),
		),
	);

const numberOf = async (page: Page, name: string) => Number((await outputs(page))[name]!.value);

/** Relative closeness for figures that span many orders of magnitude. */
function expectNear(actual: number, expected: number, name: string) {
	expect(Number.isFinite(actual), name).toBe(true);
	expect(Math.abs(actual - expected), `${name}: ${actual} vs ${expected}`).toBeLessThanOrEqual(Math.abs(expected) * 1e-9 + 1e-9);
}

/** Nothing on the page reads NaN or Infinity, and every output is either a figure or the dash with an empty value. */
async function expectNoBadFigures(page: Page, valid: boolean) {
	const text = await page.locator('main').innerText();
	expect(text).not.toMatch(/NaN|Infinity|undefined/);
	for (const [name, output] of Object.entries(await outputs(page))) {
		if (valid) expect(output.value, name).not.toBe('');
		else expect(output, name).toEqual({ value: '', text: '—' });
	}
}

/** Replaces a field's text by typing, as a reader would. */
async function typeInto(page: Page, label: string | RegExp, text: string) {
	const field = page.getByRole('textbox', { name: label });
	// Select and type through the locator, so every key goes to this field even under load.
	await field.press('ControlOrMeta+A');
	await field.pressSequentially(text);
	await expect.poll(() => field.inputValue()).toBe(text);
}

const query = (page: Page) => new URL(page.url()).searchParams;

describe.skipIf(skipBrowserTests)('the calculators in Chromium', () => {
	const session = useSiteInBrowser();
	const { url } = session;

	async function open(path: string) {
		const page = await session.browser.newPage();
		const errors = watchErrors(page);
		await page.goto(url(path), { waitUntil: 'load' });
		await page.locator('hld-calculator[data-ready]').waitFor({ state: 'attached' });
		return { page, errors };
	}

	it('capacity: computes the contract from the URL, follows the keyboard, rejects bad input and goes back', async () => {
		const input = {
			dau: 20e6,
			reads: 10,
			writes: 1,
			peak: 2,
			read_kb: 100,
			write_kb: 200,
			days: 365,
			replication: 2,
			meta_pct: 10,
			index_pct: 20,
			server_qps: 1000,
		};
		const { page, errors } = await open(
			`tools/capacity-estimator/?${new URLSearchParams(Object.entries(input).map(([k, v]) => [k, String(v)]))}`,
		);
		const readAvg = (input.dau * input.reads) / 86_400;
		const writeAvg = (input.dau * input.writes) / 86_400;
		const perDay = input.dau * input.writes * input.write_kb * 1000;
		const expected: Record<string, number> = {
			'read-qps-avg': readAvg,
			'read-qps-peak': readAvg * input.peak,
			'write-qps-avg': writeAvg,
			'write-qps-peak': writeAvg * input.peak,
			'storage-per-day': perDay,
			'storage-total': perDay * input.days * (1 + input.meta_pct / 100 + input.index_pct / 100) * input.replication,
			'ingress-avg': writeAvg * input.write_kb * 1000,
			'ingress-peak': writeAvg * input.peak * input.write_kb * 1000,
			'egress-avg': readAvg * input.read_kb * 1000,
			'egress-peak': readAvg * input.peak * input.read_kb * 1000,
			servers: Math.ceil((readAvg * input.peak + writeAvg * input.peak) / input.server_qps),
		};
		for (const [name, value] of Object.entries(expected)) expectNear(await numberOf(page, name), value, name);
		expect((await outputs(page))['read-qps-avg']!.text).toBe('2.31 k QPS');
		expect((await outputs(page))['egress-peak']!.text).toBe('463 MB/s (3.7 Gbit/s)');

		await typeInto(page, /Daily active users/, '5000000');
		expect(query(page).get('dau')).toBe('5000000');
		expect(query(page).get('reads')).toBe('10');
		expectNear(await numberOf(page, 'read-qps-avg'), (5e6 * 10) / 86_400, 'read-qps-avg after typing');
		await page.keyboard.press('Tab');

		await typeInto(page, /Reads per user per day/, '20');
		expect(query(page).get('reads')).toBe('20');
		expectNear(await numberOf(page, 'read-qps-avg'), (5e6 * 20) / 86_400, 'read-qps-avg with 20 reads');

		await typeInto(page, /Reads per user per day/, 'lots');
		await expect
			.poll(() => page.locator('[data-error="reads"]').textContent())
			.toMatch(/^Not a number.*Allowed: a number from 0 to 1,000,000\.$/);
		expect(await page.getByRole('textbox', { name: /Reads per user per day/ }).getAttribute('aria-invalid')).toBe('true');
		await expectNoBadFigures(page, false);
		expect(await page.locator('[data-invalid]').isVisible()).toBe(true);

		await typeInto(page, /Reads per user per day/, '-3');
		expect(await page.locator('[data-error="reads"]').textContent()).toMatch(/^Negative values/);
		await expectNoBadFigures(page, false);

		// The edit of "reads" was one history entry; back restores dau=5000000 with reads=10.
		await page.goBack();
		await page.waitForFunction(() => new URL(location.href).searchParams.get('reads') === '10');
		expect(query(page).get('dau')).toBe('5000000');
		expect(await page.getByRole('textbox', { name: /Reads per user per day/ }).inputValue()).toBe('10');
		expectNear(await numberOf(page, 'read-qps-avg'), (5e6 * 10) / 86_400, 'read-qps-avg after back');
		expect(await page.locator('[data-error="reads"]').textContent()).toBe('');
		await expectNoBadFigures(page, true);

		await page.goBack();
		await page.waitForFunction(() => new URL(location.href).searchParams.get('dau') === '20000000');
		expectNear(await numberOf(page, 'read-qps-avg'), readAvg, 'read-qps-avg after the second back');
		await page.goForward();
		await page.waitForFunction(() => new URL(location.href).searchParams.get('dau') === '5000000');
		expect(errors).toEqual([]);
		await page.close();
	});

	it('cost: prices every line, sizes the chart bars by share, and rejects negative amounts', async () => {
		const input = {
			instances: 4,
			instance_month: 100,
			db_tb: 1,
			blob_tb: 9,
			replication: 2,
			storage_tb_month: 20,
			egress_tb: 3,
			egress_tb_cost: 80,
			cdn_gb: 1000,
			cdn_gb_cost: 0.05,
			cache_month: 200,
			queue_month: 300,
			hosts: 5,
			monitor_host_month: 10,
			backup_tb: 10,
			backup_tb_month: 4,
			sms: 1000,
			sms_cost: 0.01,
			emails: 50_000,
			email_per_1000: 0.2,
		};
		const { page, errors } = await open(
			`tools/cost-estimator/?${new URLSearchParams(Object.entries(input).map(([k, v]) => [k, String(v)]))}`,
		);
		const lines: Record<string, number> = {
			compute: 400,
			storage: (1 + 9) * 2 * 20,
			network: 240,
			'cache-cdn': 200 + 1000 * 0.05,
			queue: 300,
			monitoring: 50,
			backups: 40,
			'third-party': 1000 * 0.01 + (50_000 / 1000) * 0.2,
		};
		const total = Object.values(lines).reduce((sum, value) => sum + value, 0);
		for (const [name, value] of Object.entries(lines)) expectNear(await numberOf(page, name), value, name);
		expectNear(await numberOf(page, 'total-month'), total, 'total-month');
		expectNear(await numberOf(page, 'total-year'), total * 12, 'total-year');
		expect((await outputs(page))['total-month']!.text).toBe('$1,700');
		const width = await page.locator('[data-width="share-storage"]').evaluate((bar) => (bar as HTMLElement).style.width);
		expect(Number.parseFloat(width)).toBeCloseTo((100 * 400) / total, 3);

		await typeInto(page, 'Instances', '-1');
		expect(await page.locator('[data-error="instances"]').textContent()).toMatch(
			/^Negative values make no sense here\. Allowed: a whole number from 0/,
		);
		await expectNoBadFigures(page, false);
		expect(await page.locator('[data-width="share-storage"]').evaluate((bar) => (bar as HTMLElement).style.width)).toBe('0%');
		expect(errors).toEqual([]);
		await page.close();
	});

	it('availability: converts nines to downtime and composes series and parallel', async () => {
		const { page, errors } = await open('tools/availability-calculator/?a=99.9&series=99.9,99.5&parallel=99,98');
		const out = await outputs(page);
		expectNear(Number(out['downtime-year']!.value), 0.001 * 365 * 86_400, 'downtime-year');
		expect(out['downtime-year']!.text).toBe('8 h 45 m 36 s');
		expectNear(Number(out['downtime-month']!.value), (0.001 * 365 * 86_400) / 12, 'downtime-month');
		expectNear(Number(out['downtime-week']!.value), 0.001 * 7 * 86_400, 'downtime-week');
		expectNear(Number(out['downtime-day']!.value), 0.001 * 86_400, 'downtime-day');
		expectNear(Number(out['composite-series']!.value), 100 * 0.999 * 0.995, 'composite-series');
		expectNear(Number(out['composite-parallel']!.value), 100 * (1 - 0.01 * 0.02), 'composite-parallel');
		expect(out['composite-parallel']!.text).toBe('99.98%');

		await typeInto(page, /Components in series/, '99.9, 99.99, 99.999');
		expect(query(page).get('series')).toBe('99.9, 99.99, 99.999');
		expectNear(await numberOf(page, 'composite-series'), 100 * 0.999 * 0.9999 * 0.99999, 'composite-series typed');

		await typeInto(page, /^Availability/, '100');
		expect(await page.locator('[data-error="a"]').textContent()).toBe('Too large. Allowed: a number from 0 to below 100.');
		await expectNoBadFigures(page, false);
		await typeInto(page, /^Availability/, '99.99');
		expect((await outputs(page))['downtime-year']!.text).toBe('52 m 34 s');
		expect(errors).toEqual([]);
		await page.close();
	});

	it('snowflake: decodes IDs above 2^53 exactly, rejects what is not an unsigned 64-bit integer, and generates', async () => {
		const { page, errors } = await open('tools/snowflake-id/?id=175928847299117063&epoch=discord');
		let out = await outputs(page);
		expect(out['timestamp-ms']!.value).toBe('1462015105796');
		expect(out['timestamp-iso']!.value).toBe('2016-04-30T11:18:25.796Z');
		expect([out['datacenter']!.value, out['worker']!.value, out['sequence']!.value]).toEqual(['1', '0', '7']);

		// 2^63 − 1 and 2^53 + 1: a JS number would lose their low bits.
		await typeInto(page, 'Snowflake ID', '9223372036854775807');
		await typeInto(page, 'Epoch', '0');
		out = await outputs(page);
		expect(out['timestamp-ms']!.value).toBe(String(2 ** 41 - 1));
		expect([out['datacenter']!.value, out['worker']!.value, out['sequence']!.value]).toEqual(['31', '31', '4095']);
		await typeInto(page, 'Snowflake ID', '9007199254740993');
		out = await outputs(page);
		expect(out['sequence']!.value).toBe('1');
		expect(out['timestamp-ms']!.value).toBe(String(2 ** 31));
		expect(query(page).get('id')).toBe('9007199254740993');

		for (const bad of ['-5', '12.0', '1e5', '18446744073709551616']) {
			await typeInto(page, 'Snowflake ID', bad);
			expect(await page.locator('[data-error="id"]').textContent(), bad).toMatch(/Allowed: digits only .* 18,446,744,073,709,551,615/);
			for (const name of ['timestamp-ms', 'timestamp-iso', 'datacenter', 'worker', 'sequence'])
				expect((await outputs(page))[name], name).toEqual({ value: '', text: '—' });
		}
		expect(await page.locator('main').innerText()).not.toMatch(/NaN|Infinity/);

		await typeInto(page, 'Snowflake ID', '175928847299117063');
		await typeInto(page, 'Epoch', 'discord');
		const before = Date.now();
		await page.getByRole('button', { name: 'Use the current time' }).click();
		const ms = Number(await page.getByRole('textbox', { name: /^Time/ }).inputValue());
		expect(ms).toBeGreaterThanOrEqual(before - 1000);
		const generated = BigInt((await outputs(page))['generated-id']!.value);
		expect(Number(generated >> 22n) + 1_420_070_400_000).toBe(ms);
		expect(Number((generated >> 17n) & 31n)).toBe(1);
		expect(Number(generated & 4095n)).toBe(7);
		expect(errors).toEqual([]);
		await page.close();
	});

	it('bloom filter: sizes the filter with the contract formulas and rejects a 0% rate', async () => {
		const { page, errors } = await open('tools/bloom-filter-calculator/?n=1000&fpr=0.1');
		const n = 1000;
		const p = 0.001;
		const bits = Math.ceil((-n * Math.log(p)) / Math.LN2 ** 2);
		const hashes = Math.max(1, Math.round((bits / n) * Math.LN2));
		const out = await outputs(page);
		expect(Number(out['bits']!.value)).toBe(bits);
		expect(Number(out['bytes']!.value)).toBe(Math.ceil(bits / 8));
		expect(Number(out['hashes']!.value)).toBe(hashes);
		expectNear(Number(out['actual-fpr']!.value), 100 * (1 - Math.exp((-hashes * n) / bits)) ** hashes, 'actual-fpr');

		await typeInto(page, /Target false-positive rate/, '0');
		expect(await page.locator('[data-error="fpr"]').textContent()).toBe(
			'Zero is not possible here. Allowed: a number greater than 0 and less than 100.',
		);
		await expectNoBadFigures(page, false);
		await typeInto(page, /Target false-positive rate/, '1');
		expect(Number((await outputs(page))['bits']!.value)).toBe(Math.ceil((-n * Math.log(0.01)) / Math.LN2 ** 2));
		expect(errors).toEqual([]);
		await page.close();
	});

	it('shows the default results with JavaScript off, rendered from the same models', async () => {
		const context = await session.browser.newContext({ javaScriptEnabled: false });
		for (const [slug, model] of TOOLS) {
			const page = await context.newPage();
			await page.goto(url(`tools/${slug}/`), { waitUntil: 'load' });
			const expected = model.compute(defaults(model.fields));
			expect(expected.ok).toBe(true);
			const shown = await outputs(page);
			for (const output of expected.outputs.filter((o) => model.outputs.find((spec) => spec.name === o.name)?.group)) {
				const name = `${slug} ${output.name}`;
				expect(shown[output.name]?.text, name).toBe(output.text);
				// Exponentiation may differ in the last bit between two runs of V8: compare values closely, not bitwise.
				if (typeof output.value === 'number') expectNear(Number(shown[output.name]!.value), output.value, name);
				else expect(shown[output.name]!.value, name).toBe(output.value);
			}
			expect(await page.getByRole('button', { name: 'Copy as Markdown' }).count()).toBe(0);
			await page.close();
		}
		await context.close();
	});

	it('never inserts text from the URL as HTML', async () => {
		const { page, errors } = await open(`tools/capacity-estimator/?dau=${encodeURIComponent('<img src=x onerror="document.title=1">')}`);
		expect(await page.locator('main img').count()).toBe(0);
		expect(await page.getByRole('textbox', { name: /Daily active users/ }).inputValue()).toBe('<img src=x onerror="document.title=1">');
		expect(await page.locator('[data-error="dau"]').textContent()).toMatch(/^Not a number/);
		await expectNoBadFigures(page, false);
		expect(errors.filter((error) => !error.includes('/x'))).toEqual([]);
		await page.close();
	});

	it('copies the inputs, results and formulas as Markdown and says so', async () => {
		const context = await session.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
		const page = await context.newPage();
		await page.goto(url('tools/bloom-filter-calculator/?n=1000000&fpr=1'), { waitUntil: 'load' });
		await page.getByRole('button', { name: 'Copy as Markdown' }).click();
		await expect.poll(() => page.getByRole('status').filter({ hasText: 'Copied' }).count()).toBe(1);
		const markdown = await page.evaluate(() => navigator.clipboard.readText());
		expect(markdown).toContain('## Bloom filter calculator');
		expect(markdown).toContain('| Items to hold (n) | 1000000 |');
		expect(markdown).toContain('| Bits (m) | 9,585,059 bits (9.59 Mbit) | `ceil(−n × ln(p) / (ln 2)²), p = fpr/100` |');
		expect(markdown).toMatch(/^- A Bloom filter never gives a false negative/m);
		expect(await page.getByRole('status').filter({ hasText: 'Copied' }).textContent()).toBe('Copied 2 inputs and 5 results as Markdown.');
		await context.close();
	});

	for (const theme of ['light', 'dark'] as const) {
		it(`keeps error messages accessible (axe) in the ${theme} theme`, async () => {
			const page = await session.browser.newPage();
			await setTheme(page, theme);
			await page.goto(url('tools/capacity-estimator/?dau=many&writes=0'), { waitUntil: 'load' });
			await expect.poll(() => page.locator('[data-error="dau"]').textContent()).toMatch(/^Not a number/);
			await page.addScriptTag({ content: AXE_SOURCE });
			const violations = await page.evaluate(async () => {
				const axe = (globalThis as unknown as { axe: { run(): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } })
					.axe;
				return (await axe.run()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
			});
			expect(violations).toEqual([]);
			await page.close();
		});
	}
});
