/**
 * Example prices behind the cost estimator's defaults. They are examples to replace with your
 * own quotes: list prices change, differ by region, and ignore discounts and free tiers.
 *
 * Each entry says what the source states, when that source is dated, and when it was read.
 * A price that could not be checked against a source is marked `illustrative` and names no
 * provider. Sources marked `thirdParty` report the provider's list price; they are not the
 * provider's own page, so check the provider before relying on the figure.
 */

export interface Price {
	/** The cost estimator parameter this price fills. */
	param: string;
	/** Value in the parameter's unit (always US dollars). */
	value: number;
	unit: string;
	/** Provider and product the price is for; absent for illustrative figures. */
	provider?: string;
	/** What the source says, in short, with the conversion to `unit` where one was needed. */
	says: string;
	source?: { title: string; url: string; thirdParty: boolean };
	/** Date the source gives for the price (publication, update or "as of"), when it gives one. */
	sourceDate?: string;
	/** Date the figure was read from the source for this handbook. */
	read: string;
	illustrative?: boolean;
}

const READ = '2026-11-25';

/** One third-party table gives both S3 storage prices below. */
const S3_STORAGE_CLASSES = {
	title: 'Usage.ai, Glacier and Deep Archive Pricing: The Complete 2026 Cost Guide (storage class table)',
	url: 'https://www.usage.ai/blogs/aws/storage-cost/glacier-deep-archive-pricing/',
	thirdParty: true,
};

export const PRICES = [
	{
		param: 'instance_month',
		value: 59.57,
		unit: '$ per instance-month',
		provider: 'AWS EC2 m7g.large, Linux, On-Demand, us-east-1',
		says: '$0.0816 per hour in us-east-1 (June 2026); × 730 hours in a month (8,760 / 12) = $59.57.',
		source: {
			title: 'FactualMinds, Amazon EC2 On-Demand Pricing: Instance Families, Regional Multipliers, and the Graviton Crossover (2026)',
			url: 'https://www.factualminds.com/blog/amazon-ec2-on-demand-pricing-instance-families-2026/',
			thirdParty: true,
		},
		sourceDate: '2026-06-17',
		read: READ,
	},
	{
		param: 'storage_tb_month',
		value: 23,
		unit: '$ per TB-month',
		provider: 'Amazon S3 Standard, first 50 TB, US East',
		says: '$0.023 per GB-month (US East, May 2026 list); × 1000 GB per TB = $23.',
		source: S3_STORAGE_CLASSES,
		sourceDate: '2026-06-05',
		read: READ,
	},
	{
		param: 'egress_tb_cost',
		value: 90,
		unit: '$ per TB',
		provider: 'AWS data transfer out to the internet, up to 10 TB per month',
		says: '$0.09 per GB after the first 100 GB free each month; × 1000 GB per TB = $90.',
		source: {
			title: 'Wring, AWS Data Transfer Pricing Guide',
			url: 'https://wring.co/blog/aws-data-transfer-pricing-guide',
			thirdParty: true,
		},
		sourceDate: '2026',
		read: READ,
	},
	{
		param: 'cdn_gb_cost',
		value: 0.085,
		unit: '$ per GB',
		provider: 'Amazon CloudFront, first 10 TB per month, United States, Mexico and Canada',
		says: 'Regional data transfer out to internet, first 10 TB: $0.085 per GB (1 TB per month is free).',
		source: { title: 'Amazon CloudFront pricing', url: 'https://aws.amazon.com/cloudfront/pricing/', thirdParty: false },
		read: READ,
	},
	{
		param: 'cache_month',
		value: 750,
		unit: '$ per month',
		says: 'A round figure for a small managed cache cluster (a primary and replicas), not checked against a price list.',
		read: READ,
		illustrative: true,
	},
	{
		param: 'queue_month',
		value: 900,
		unit: '$ per month',
		says: 'A round figure for a three-broker managed streaming cluster with its storage, not checked against a price list.',
		read: READ,
		illustrative: true,
	},
	{
		param: 'monitor_host_month',
		value: 15,
		unit: '$ per host-month',
		provider: 'Datadog Infrastructure Monitoring Pro, billed annually',
		says: '$15 per host per month billed annually; $18 month-to-month or on demand.',
		source: {
			title: 'AI Perks, Datadog Pricing 2026: Complete Cost Breakdown & Guide',
			url: 'https://www.getaiperks.com/sr/articles/datadog-pricing',
			thirdParty: true,
		},
		sourceDate: '2026',
		read: READ,
	},
	{
		param: 'backup_tb_month',
		value: 3.6,
		unit: '$ per TB-month',
		provider: 'Amazon S3 Glacier Flexible Retrieval, US East',
		says: '$0.0036 per GB-month (US East, May 2026 list); × 1000 GB per TB = $3.60. Retrieval is charged on top.',
		source: S3_STORAGE_CLASSES,
		sourceDate: '2026-06-05',
		read: READ,
	},
	{
		param: 'sms_cost',
		value: 0.0083,
		unit: '$ per message',
		provider: 'Twilio SMS to the United States, long code, per segment',
		says: '$0.0083 per outbound segment; carrier fees of $0.0025 to $0.0062 per segment come on top.',
		source: {
			title: 'BudgetForge, Twilio SMS Pricing in 2026: What You Actually Pay',
			url: 'https://www.budgetforge.dev/tools/twilio-sms-pricing-2026',
			thirdParty: true,
		},
		sourceDate: '2026-07-05',
		read: READ,
	},
	{
		param: 'email_per_1000',
		value: 0.1,
		unit: '$ per 1000 emails',
		provider: 'Amazon SES, à la carte, us-east-1',
		says: '$0.0001 per outbound recipient (= $0.10 per 1000), from the AWS Price List API published 2026-07-22. The Essentials plan added that month charges $0.00016 per email.',
		source: {
			title: 'API Evangelist, Amazon SES plans and pricing (transcribed from the AWS Price List API)',
			url: 'https://github.com/api-evangelist/amazon-ses/blob/main/plans/amazon-ses-plans-pricing.yml',
			thirdParty: true,
		},
		sourceDate: '2026-08-13',
		read: READ,
	},
] as const satisfies readonly Price[];

export type PricedParam = (typeof PRICES)[number]['param'];

/** The default price of a parameter, as text for a form field. */
export const defaultPrice = /* @__NO_SIDE_EFFECTS__ */ (param: PricedParam): string =>
	String(PRICES.find((price) => price.param === param)!.value);
