/** Percentages, and availabilities that must never round up to 100%. */
import { formatNumber, significant } from './numbers.ts';

/** A percentage with `digits` significant digits: 32.14 -> "32.1%"; tiny values as 7.5 × 10^-299%. */
export function formatPercent(percent: number, digits = 3): string {
	if (percent !== 0 && Math.abs(percent) < 1e-4) {
		const [mantissa, exponent] = percent.toExponential(digits - 1).split('e');
		return `${Number(mantissa)} × 10^${Number(exponent)}%`;
	}
	return `${significant(percent, digits)}%`;
}

/**
 * An availability that never rounds up to 100%: two digits after the leading nines, more if
 * rounding would reach 100. 99.99990 -> "99.9999%", 99.840 -> "99.84%", 100 -> "100%".
 */
export function formatAvailability(percent: number): string {
	if (percent >= 100) return '100%';
	let decimals = Math.min(12, Math.max(2, Math.ceil(-Math.log10(100 - percent)) + 2));
	let text = formatNumber(percent, decimals);
	while (text.startsWith('100') && decimals < 16) text = formatNumber(percent, ++decimals);
	return `${text}%`;
}
