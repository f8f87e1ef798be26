/** Plain numbers (en-US, so build and browser agree) and the handbook's calendar. */

export const SECONDS_PER_DAY = 86_400;
export const DAYS_PER_YEAR = 365;
export const SECONDS_PER_YEAR = DAYS_PER_YEAR * SECONDS_PER_DAY;
/** A month is a year / 12 (30.4167 days), so monthly figures add up to yearly ones. */
export const SECONDS_PER_MONTH = SECONDS_PER_YEAR / 12;
export const HOURS_PER_MONTH = SECONDS_PER_MONTH / 3600;

export const format = (value: number, options: Intl.NumberFormatOptions) => new Intl.NumberFormat('en-US', options).format(value);

/** At most `digits` significant digits, grouped: 1234567 -> "1,230,000", 0.012345 -> "0.0123". */
export const significant = (value: number, digits = 3) => format(value, { maximumSignificantDigits: digits });

/** A plain number with grouping and at most `decimals` decimals: 10000000 -> "10,000,000". */
export const formatNumber = (value: number, decimals = 2) => format(value, { maximumFractionDigits: decimals });
