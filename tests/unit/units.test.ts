import { describe, expect, it } from 'vitest';
import {
	formatAvailability,
	formatBinaryBytes,
	formatBitRate,
	formatByteRate,
	formatBytes,
	formatBytesBoth,
	formatCount,
	formatDuration,
	formatMoney,
	formatNumber,
	formatPercent,
	formatQps,
	HOURS_PER_MONTH,
	SECONDS_PER_MONTH,
	SECONDS_PER_YEAR,
	significant,
} from '../../src/lib/units.ts';

describe('units and formatting', () => {
	it('uses the handbook calendar: a year is 365 days, a month a twelfth of it', () => {
		expect(SECONDS_PER_YEAR).toBe(31_536_000);
		expect(SECONDS_PER_MONTH).toBe(2_628_000);
		expect(HOURS_PER_MONTH).toBe(730);
	});

	it('formats plain numbers with grouping', () => {
		expect(formatNumber(10_000_000)).toBe('10,000,000');
		expect(formatNumber(0.125)).toBe('0.13');
		expect(significant(1234567)).toBe('1,230,000');
		expect(significant(0.012345)).toBe('0.0123');
	});

	it('formats bytes in SI units, 1 KB = 1000 B', () => {
		expect(formatBytes(0)).toBe('0 B');
		expect(formatBytes(999)).toBe('999 B');
		expect(formatBytes(1000)).toBe('1 KB');
		expect(formatBytes(1.2e12)).toBe('1.2 TB');
		expect(formatBytes(7.665e15)).toBe('7.67 PB');
		// 999.96 KB rounds to 1 MB, not "1,000 KB".
		expect(formatBytes(999_960)).toBe('1 MB');
		expect(formatBytes(3e24)).toBe('3 YB');
		expect(formatBytes(3e27)).toBe('3,000 YB');
	});

	it('shows binary units only where binary is meant', () => {
		expect(formatBinaryBytes(1024)).toBe('1 KiB');
		expect(formatBinaryBytes(1_048_576)).toBe('1 MiB');
		expect(formatBytesBoth(1_198_133)).toBe('1.2 MB (1.14 MiB)');
		expect(formatBytesBoth(512)).toBe('512 B');
	});

	it('gives bandwidth in bytes and bits per second', () => {
		expect(formatBitRate(4.63e8)).toBe('463 Mbit/s');
		expect(formatByteRate(2_893_518.5)).toBe('2.89 MB/s (23.1 Mbit/s)');
		expect(formatByteRate(0)).toBe('0 B/s (0 bit/s)');
	});

	it('formats counts and request rates with SI prefixes', () => {
		expect(formatQps(23.148)).toBe('23.1 QPS');
		expect(formatQps(34_722.2)).toBe('34.7 k QPS');
		expect(formatQps(1.2e6)).toBe('1.2 M QPS');
		expect(formatCount(2_000_000)).toBe('2 M');
		expect(formatCount(7)).toBe('7');
	});

	it('formats durations as d h m s, leaving out zero parts', () => {
		expect(formatDuration(31_536)).toBe('8 h 45 m 36 s');
		expect(formatDuration(15_768)).toBe('4 h 22 m 48 s');
		expect(formatDuration(3_153_600)).toBe('36 d 12 h');
		expect(formatDuration(50_437.3)).toBe('14 h 0 m 37 s');
		expect(formatDuration(86_401)).toBe('1 d 0 h 0 m 1 s');
		expect(formatDuration(315.36)).toBe('5 m 15 s');
		expect(formatDuration(31.536)).toBe('31.5 s');
		expect(formatDuration(0.864)).toBe('864 ms');
		expect(formatDuration(0)).toBe('0 s');
		expect(formatDuration(59.97)).toBe('1 m');
	});

	it('formats money: whole dollars from $100, cents below, unit prices to four decimals', () => {
		expect(formatMoney(1234.4)).toBe('$1,234');
		expect(formatMoney(59.57)).toBe('$59.57');
		expect(formatMoney(0.0083)).toBe('$0.0083');
		expect(formatMoney(0.085)).toBe('$0.085');
		expect(formatMoney(3.6)).toBe('$3.60');
		expect(formatMoney(0.1)).toBe('$0.10');
		expect(formatMoney(0)).toBe('$0.00');
	});

	it('formats percentages, tiny ones in powers of ten', () => {
		expect(formatPercent(32.14)).toBe('32.1%');
		expect(formatPercent(1.003_49, 4)).toBe('1.003%');
		expect(formatPercent(7.5e-299)).toBe('7.5 × 10^-299%');
		expect(formatPercent(0)).toBe('0%');
	});

	it('never rounds an availability up to 100%', () => {
		expect(formatAvailability(99.95)).toBe('99.95%');
		expect(formatAvailability(99.9999)).toBe('99.9999%');
		expect(formatAvailability(99.840_15)).toBe('99.84%');
		expect(formatAvailability(99.999_999_9)).toBe('99.9999999%');
		expect(formatAvailability(100 - 1e-12)).not.toBe('100%');
		expect(formatAvailability(100)).toBe('100%');
		expect(formatAvailability(0)).toBe('0%');
	});
});
