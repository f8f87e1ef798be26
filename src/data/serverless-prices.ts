/**
 * AWS Lambda list prices used by the containers-vs-serverless trade-off. Examples to replace with
 * the prices on the day you decide: they change and differ by region and architecture.
 */
export const LAMBDA_PRICES = {
	/** US dollars per 1 million requests. */
	perMillionRequests: 0.2,
	/** US dollars per GB-second of billed duration (x86; the whitepaper rounds it to this). */
	perGbSecond: 0.00001667,
	/** Free tier per month. */
	freeRequests: 1_000_000,
	freeGbSeconds: 400_000,
	region: 'US East (N. Virginia), x86',
	read: '2026-11-25',
	source: {
		title: 'How AWS Pricing Works (AWS whitepaper), Lambda section; AWS Lambda pricing page',
		url: 'https://aws.amazon.com/lambda/pricing/',
	},
} as const;
