/** Durations (the calendar constants live in numbers.ts). */
import { formatNumber, significant } from './numbers.ts';

/**
 * A duration as days, hours, minutes and seconds, from the largest non-zero part to the smallest:
 * 31536 -> "8 h 45 m 36 s", 50437 -> "14 h 0 m 37 s", 3153600 -> "36 d 12 h". Under a minute it
 * keeps a fraction ("31.5 s"); under a second it is in ms.
 */
export function formatDuration(seconds: number): string {
	if (seconds === 0) return '0 s';
	if (seconds < 1) return `${significant(seconds * 1000)} ms`;
	if (seconds < 59.95) return `${significant(seconds)} s`;
	let rest = Math.round(seconds);
	const parts: string[] = [];
	for (const [unit, size] of [
		['d', 86_400],
		['h', 3600],
		['m', 60],
		['s', 1],
	] as const) {
		const count = Math.floor(rest / size);
		rest -= count * size;
		// Zero parts count only between two non-zero ones: "14 h 0 m 37 s", not "0 d 14 h".
		if (count || parts.length) parts.push(count ? `${formatNumber(count, 0)} ${unit}` : `0 ${unit}`);
	}
	while (parts.at(-1)?.startsWith('0 ')) parts.pop();
	return parts.join(' ');
}
