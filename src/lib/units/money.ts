/** Money in US dollars. */
import { format } from './numbers.ts';

/** Whole dollars from $100 ("$1,234"), cents below ("$59.57", "$3.60"), up to four decimals under $1 ("$0.0083"). */
export function formatMoney(usd: number): string {
	const magnitude = Math.abs(usd);
	const decimals = magnitude >= 100 ? 0 : magnitude >= 1 || magnitude === 0 ? 2 : 4;
	return format(usd, { style: 'currency', currency: 'USD', minimumFractionDigits: Math.min(decimals, 2), maximumFractionDigits: decimals });
}
