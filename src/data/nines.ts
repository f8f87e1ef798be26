/** Availability targets the reference table lists, from one nine to six, with the common half-steps. */
export const NINES_TABLE: readonly number[] = [90, 99, 99.5, 99.9, 99.95, 99.99, 99.999, 99.9999];
