/**
 * Figures scaled by prefixes: SI bytes (1 KB = 1000 B), binary bytes (1 KiB = 1024 B) where
 * binary is meant, bits per second, counts and requests per second.
 */
import { significant } from './numbers.ts';

/** Scales a value into the largest unit that keeps it at or above 1: (1.2e12, bytes) -> "1.2 TB". */
function scaled(value: number, units: readonly string[], base: number, digits = 3): string {
	let magnitude = Math.abs(value);
	let index = 0;
	while (magnitude >= base && index < units.length - 1) {
		magnitude /= base;
		index++;
	}
	// 999.7 would round to "1,000": show "1" of the next unit instead.
	if (Number(magnitude.toPrecision(digits)) >= base && index < units.length - 1) {
		magnitude /= base;
		index++;
	}
	return `${significant(Math.sign(value) * magnitude, digits)} ${units[index]}`;
}

const PREFIXES = ['', 'k ', 'M ', 'G ', 'T ', 'P '] as const;

/** Counts with SI prefixes: 34722 -> "34.7 k", 2000000 -> "2 M". */
export const formatCount = (count: number, digits = 3) => scaled(count, PREFIXES, 1000, digits).trimEnd();

/** Requests per second: 34722 -> "34.7 k QPS". */
export const formatQps = (qps: number) => `${scaled(qps, PREFIXES, 1000)}QPS`;

const SI_BYTES = ['B', 'KB', 'MB', 'GB', 'TB', 'PB', 'EB', 'ZB', 'YB'] as const;
const BINARY_BYTES = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB', 'EiB', 'ZiB', 'YiB'] as const;
const BITS_PER_SECOND = ['bit/s', 'kbit/s', 'Mbit/s', 'Gbit/s', 'Tbit/s', 'Pbit/s', 'Ebit/s'] as const;

/** SI bytes: 1.2e12 -> "1.2 TB". */
export const formatBytes = (bytes: number) => scaled(bytes, SI_BYTES, 1000);

/** Binary bytes: 1048576 -> "1 MiB". */
export const formatBinaryBytes = (bytes: number) => scaled(bytes, BINARY_BYTES, 1024);

/** SI bytes with the binary figure beside it: "1.2 MB (1.14 MiB)". */
export const formatBytesBoth = (bytes: number) =>
	Math.abs(bytes) < 1000 ? formatBytes(bytes) : `${formatBytes(bytes)} (${formatBinaryBytes(bytes)})`;

/** Bits per second: 4.63e8 -> "463 Mbit/s". */
export const formatBitRate = (bitsPerSecond: number) => scaled(bitsPerSecond, BITS_PER_SECOND, 1000);

/** Bytes per second with bits per second beside it: "57.9 MB/s (463 Mbit/s)". */
export const formatByteRate = (bytesPerSecond: number) => `${formatBytes(bytesPerSecond)}/s (${formatBitRate(bytesPerSecond * 8)})`;
