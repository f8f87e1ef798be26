import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decode, EPOCHS, generate, MAX_ID, parseId, snowflake, TIMESTAMP_SPAN_MS } from '../../../src/lib/calculators/snowflake.ts';
import { isError } from '../../../src/lib/calculators/fields.ts';
import { errorsOf, expectSane, outputsOf, run } from './helpers.ts';

const id64 = fc.bigInt({ min: 0n, max: MAX_ID });

describe('Snowflake ID model', () => {
	it("decodes Discord's documented example exactly", () => {
		const out = outputsOf(run(snowflake, { id: '175928847299117063', epoch: 'discord' }));
		expect(out['timestamp-ms']!.value).toBe(1_462_015_105_796);
		expect(out['timestamp-iso']!.value).toBe('2016-04-30T11:18:25.796Z');
		expect(out['datacenter']!.value).toBe(1);
		expect(out['worker']!.value).toBe(0);
		expect(out['sequence']!.value).toBe(7);
		expect(out['bits-datacenter']!.value).toBe('00001');
		expect(out['bits-sequence']!.value).toBe('000000000111');
		expect(out['epoch-end']!.value).toBe('2084-09-06T15:47:35.551Z');
	});

	it('round-trips the example through the generator', () => {
		const out = outputsOf(run(snowflake));
		expect(out['generated-id']!.value).toBe('175928847299117063');
		expect(out['generated-iso']!.value).toBe('2016-04-30T11:18:25.796Z');
	});

	it('decodes IDs above 2^53 without losing a bit, with either epoch or a number', () => {
		// 2^53 + 1 is not representable as a JS number; as BigInt every field must survive.
		const id = (1n << 53n) + 1n;
		const out = outputsOf(run(snowflake, { id: String(id), epoch: 'twitter' }));
		expect(out['sequence']!.value).toBe(1);
		expect(out['timestamp-ms']!.value).toBe(2 ** 31 + EPOCHS['twitter']!);
		const max = outputsOf(run(snowflake, { id: String(MAX_ID), epoch: '0' }));
		expect(max['timestamp-ms']!.value).toBe(2 ** 42 - 1);
		expect(max['bits-sign']!.value).toBe('1');
		expect(max['sequence']!.value).toBe(4095);
		expect(outputsOf(run(snowflake, { epoch: 'Discord' }))['sequence']!.value).toBe(7);
		expect(outputsOf(run(snowflake, { epoch: '1420070400000' }))['timestamp-iso']!.value).toBe('2016-04-30T11:18:25.796Z');
	});

	it('accepts only the decimal text of an unsigned 64-bit integer', () => {
		for (const bad of ['-1', '+5', ' 5', '5 ', '1.0', '1e5', '0x10', '١٢٣', '18446744073709551616', '999999999999999999999', '']) {
			expect(isError(parseId(bad)), bad).toBe(true);
		}
		expect(parseId('18446744073709551615')).toBe(MAX_ID);
		expect(parseId('0')).toBe(0n);
		expect(parseId('007')).toBe(7n);
		expect(errorsOf(run(snowflake, { id: '18446744073709551616' }))['id']).toBe(
			'Too large for 64 bits. Allowed: digits only (no sign, spaces or decimal point) for a number from 0 to 18,446,744,073,709,551,615 (2^64 − 1).',
		);
		expect(errorsOf(run(snowflake, { id: '12.5' }))['id']).toMatch(/^Not an unsigned integer\./);
	});

	it('validates the epoch and the generator fields, keeping what can still be computed', () => {
		const badId = run(snowflake, { id: 'abc' });
		expect(Object.keys(errorsOf(badId))).toEqual(['id']);
		expect(badId.outputs.map((output) => output.name)).toEqual(['epoch-end', 'generated-id', 'generated-iso']);
		expect(errorsOf(run(snowflake, { epoch: 'unix' }))['epoch']).toMatch(/^Not a number.*Allowed: twitter, discord, or whole milliseconds/);
		expect(run(snowflake, { epoch: 'unix' }).outputs).toEqual([]);
		const generator = errorsOf(run(snowflake, { gen_dc: '32', gen_worker: '-1', gen_seq: '4096' }));
		expect(Object.keys(generator)).toEqual(['gen_dc', 'gen_worker', 'gen_seq']);
		expect(generator['gen_seq']).toBe('Too large. Allowed: a whole number from 0 to 4,095.');
		expect(errorsOf(run(snowflake, { gen_ms: '1000' }))['gen_ms']).toBe(
			'Outside this epoch. Allowed: 1,420,070,400,000 to 3,619,093,655,551 (2015-01-01T00:00:00.000Z to 2084-09-06T15:47:35.551Z).',
		);
	});

	it('decodes what it generates, for every valid field (property)', () => {
		fc.assert(
			fc.property(
				fc.constantFrom(...Object.values(EPOCHS)),
				fc.integer({ min: 0, max: 2 ** 31 - 1 }).chain((low) => fc.integer({ min: 0, max: 1023 }).map((high) => high * 2 ** 31 + low)),
				fc.integer({ min: 0, max: 31 }),
				fc.integer({ min: 0, max: 31 }),
				fc.integer({ min: 0, max: 4095 }),
				(epoch, offset, datacenter, worker, sequence) => {
					fc.pre(offset < TIMESTAMP_SPAN_MS);
					const id = generate(epoch + offset, epoch, datacenter, worker, sequence);
					expect(id).toBeLessThan(1n << 63n);
					expect(decode(id, epoch)).toMatchObject({ 'timestamp-ms': epoch + offset, datacenter, worker, sequence });
				},
			),
		);
	});

	it('decodes every 64-bit ID into fields in range, and the bits back into the ID (property)', () => {
		fc.assert(
			fc.property(id64, (id) => {
				const result = snowflake.compute({
					id: String(id),
					epoch: 'twitter',
					gen_ms: '1288834974657',
					gen_dc: '0',
					gen_worker: '0',
					gen_seq: '0',
				});
				expect(result.ok).toBe(true);
				expectSane(result);
				const out = outputsOf(result);
				const bits = ['bits-sign', 'bits-timestamp', 'bits-datacenter', 'bits-worker', 'bits-sequence']
					.map((name) => out[name]!.value)
					.join('');
				expect(bits).toHaveLength(64);
				expect(BigInt(`0b${bits}`)).toBe(id);
				expect(out['datacenter']!.value).toBeLessThanOrEqual(31);
				expect(out['sequence']!.value).toBeLessThanOrEqual(4095);
			}),
		);
	});
});
