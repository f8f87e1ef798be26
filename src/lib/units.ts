/**
 * Human-readable figures for the calculators. Pure and locale-fixed (en-US), so the page
 * rendered at build time and the page updated in the browser read the same.
 * Units follow the handbook: 1 KB = 1000 B (SI); KiB = 1024 B is shown only where binary is meant.
 *
 * One small module per kind of figure, so a calculator page downloads only the formatters it
 * uses (bundles split by module); import them all from here.
 */
export * from './units/numbers.ts';
export * from './units/scaled.ts';
export * from './units/percent.ts';
export * from './units/time.ts';
export * from './units/money.ts';
