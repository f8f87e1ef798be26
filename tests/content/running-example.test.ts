import { describe, expect, it } from 'vitest';
import { readPages } from '../../src/build/content-files.ts';
import { evaluate } from '../../src/lib/calculators/evaluate.ts';

/** Snapshot, the running example of the stage pages, as stage 1 defines it. */
const SNAPSHOT = 'dau=10000000&reads=50&writes=0.2&peak=3&read_kb=500&write_kb=500&days=1825&replication=1&meta_pct=0&index_pct=0';
const model = evaluate('capacity-estimator', SNAPSHOT);
const value = (name: string) => Number(model.get(name)!.value);
const grouped = (n: number, digits = 0) => n.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** Figures the stage pages type in prose, each derived here from the capacity model. */
const FIGURES: [label: string, text: string][] = [
	['average read QPS', grouped(value('read-qps-avg'))],
	['peak read QPS', grouped(value('read-qps-peak'))],
	['average upload QPS', grouped(value('write-qps-avg'), 1)],
	['peak upload QPS', grouped(value('write-qps-peak'), 1)],
	['photo bytes per day', `${value('storage-per-day') / 1e12} TB a day`],
	['photo bytes in five years', `${grouped(value('storage-total') / 1e12)} TB`],
	['peak egress', `${(value('egress-peak') / 1e9).toFixed(2)} GB/s`],
];

const stagePages = readPages(new URL('../../content/stages/', import.meta.url).pathname);
const stageText = stagePages.map((page) => page.body).join('\n');

describe('the running example on the stage pages', () => {
	it('matches the stage 1 numbers computed by the capacity model', () => {
		expect(FIGURES.map(([, text]) => text)).toEqual(['5,787', '17,361', '23.1', '69.4', '1 TB a day', '1,825 TB', '8.68 GB/s']);
	});

	it.each(FIGURES)('states the %s as the model computes it (%s)', (_label, text) => {
		expect(stageText).toContain(text);
	});

	it('has all 14 stages, numbered 1 to 14', () => {
		expect(stagePages.map((page) => page.data['stage']).sort((a, b) => Number(a) - Number(b))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
	});
});
