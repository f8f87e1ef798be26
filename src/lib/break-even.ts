/**
 * When functions stop being cheaper than always-on containers: the request rate at which a
 * month of per-request billing costs as much as a fixed monthly container bill.
 */
import { SECONDS_PER_MONTH } from './units.ts';

export interface FunctionPrices {
	perMillionRequests: number;
	perGbSecond: number;
	freeRequests: number;
	freeGbSeconds: number;
}

export interface FunctionShape {
	/** Memory configured per function, in GB. */
	memoryGb: number;
	/** Billed duration per request, in seconds. */
	durationS: number;
}

/** US dollars per request: duration charge plus request charge. */
export function costPerRequest(prices: FunctionPrices, shape: FunctionShape): number {
	return shape.memoryGb * shape.durationS * prices.perGbSecond + prices.perMillionRequests / 1_000_000;
}

/** Monthly bill for a steady rate of requests per second, with or without the free tier. */
export function monthlyFunctionCost(prices: FunctionPrices, shape: FunctionShape, rps: number, freeTier: boolean): number {
	const requests = rps * SECONDS_PER_MONTH;
	const gbSeconds = requests * shape.memoryGb * shape.durationS;
	const billedRequests = freeTier ? Math.max(0, requests - prices.freeRequests) : requests;
	const billedGbSeconds = freeTier ? Math.max(0, gbSeconds - prices.freeGbSeconds) : gbSeconds;
	return billedGbSeconds * prices.perGbSecond + (billedRequests / 1_000_000) * prices.perMillionRequests;
}

/** What the free tier is worth in a month that uses all of it. */
export const freeTierValue = (prices: FunctionPrices) =>
	(prices.freeRequests / 1_000_000) * prices.perMillionRequests + prices.freeGbSeconds * prices.perGbSecond;

/**
 * Steady requests per second at which functions cost as much as a container bill of
 * `containerMonthly` dollars. With the free tier, assumes traffic at that rate uses all of it,
 * which holds for any container bill above the free tier's value.
 */
export function breakEvenRps(prices: FunctionPrices, shape: FunctionShape, containerMonthly: number, freeTier: boolean): number {
	const credit = freeTier ? freeTierValue(prices) : 0;
	return (containerMonthly + credit) / (costPerRequest(prices, shape) * SECONDS_PER_MONTH);
}
