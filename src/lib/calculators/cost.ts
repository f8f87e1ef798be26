/**
 * Cost estimator (seed section 6): a monthly and yearly bill from counts and unit prices, line
 * by line, with each line's share of the total for the breakdown chart. Contract:
 * shared/calculators.md; default prices: src/data/prices.ts (examples to replace).
 */
import { defaultPrice } from '../../data/prices.ts';
import { formatMoney, formatPercent } from '../units.ts';
import { describeFields, describeOutputs, parseNumbers, result, type Limits, type Model, type Raw, type Result } from './fields.ts';

const COUNT = { min: 0, max: 1e12, integer: true } satisfies Limits;
const AMOUNT = { min: 0, max: 1e9 } satisfies Limits;

const limits = {
	instances: COUNT,
	instance_month: AMOUNT,
	db_tb: AMOUNT,
	blob_tb: AMOUNT,
	replication: { min: 1, max: 10 },
	storage_tb_month: AMOUNT,
	egress_tb: AMOUNT,
	egress_tb_cost: AMOUNT,
	cdn_gb: AMOUNT,
	cdn_gb_cost: AMOUNT,
	cache_month: AMOUNT,
	queue_month: AMOUNT,
	hosts: COUNT,
	monitor_host_month: AMOUNT,
	backup_tb: AMOUNT,
	backup_tb_month: AMOUNT,
	sms: COUNT,
	sms_cost: AMOUNT,
	emails: COUNT,
	email_per_1000: AMOUNT,
} satisfies Record<string, Limits>;

export type CostInput = Record<keyof typeof limits, number>;

/** The eight lines of the bill, in the order the page lists them. */
export const LINES = ['compute', 'storage', 'network', 'cache-cdn', 'queue', 'monitoring', 'backups', 'third-party'] as const;
type Line = (typeof LINES)[number];

const share = (percent: number) => formatPercent(percent);
const formats = {
	...(Object.fromEntries(
		LINES.flatMap((line) => [
			[line, formatMoney],
			[`share-${line}`, share],
		]),
	) as Record<Line | `share-${Line}`, (value: number) => string>),
	'total-month': formatMoney,
	'total-year': formatMoney,
};

export function calculate(input: CostInput): Record<keyof typeof formats, number> {
	const lines: Record<Line, number> = {
		compute: input.instances * input.instance_month,
		storage: (input.db_tb + input.blob_tb) * input.replication * input.storage_tb_month,
		network: input.egress_tb * input.egress_tb_cost,
		'cache-cdn': input.cache_month + input.cdn_gb * input.cdn_gb_cost,
		queue: input.queue_month,
		monitoring: input.hosts * input.monitor_host_month,
		backups: input.backup_tb * input.backup_tb_month,
		'third-party': input.sms * input.sms_cost + (input.emails / 1000) * input.email_per_1000,
	};
	const total = LINES.reduce((sum, line) => sum + lines[line], 0);
	const shares = Object.fromEntries(LINES.map((line) => [`share-${line}`, total > 0 ? (100 * lines[line]) / total : 0]));
	return { ...lines, ...shares, 'total-month': total, 'total-year': total * 12 } as Record<keyof typeof formats, number>;
}

export function compute(raw: Raw): Result {
	const { values, errors } = parseNumbers(limits, raw);
	return result(formats, errors, () => calculate(values));
}

const COMPUTE = 'Compute';
const STORAGE = 'Storage';
const NETWORK = 'Network and CDN';
const SERVICES = 'Managed services and monitoring';
const THIRD = 'Third-party messaging';

export const fields = describeFields(limits, {
	instances: { label: 'Instances', default: '12', help: 'Application servers running all month.', group: COMPUTE },
	instance_month: { label: 'Price per instance-month', default: defaultPrice('instance_month'), unit: '$', group: COMPUTE },
	db_tb: { label: 'Database data, one copy', default: '2', unit: 'TB', group: STORAGE },
	blob_tb: { label: 'Blob data, one copy', default: '20', unit: 'TB', group: STORAGE },
	replication: {
		label: 'Replication factor',
		default: '3',
		unit: '×',
		help: 'Set 1 for object storage that replicates for you.',
		group: STORAGE,
	},
	storage_tb_month: { label: 'Storage price', default: defaultPrice('storage_tb_month'), unit: '$ per TB-month', group: STORAGE },
	egress_tb: { label: 'Egress to the internet', default: '10', unit: 'TB per month', help: 'Ingress is free.', group: NETWORK },
	egress_tb_cost: { label: 'Egress price', default: defaultPrice('egress_tb_cost'), unit: '$ per TB', group: NETWORK },
	cdn_gb: { label: 'CDN delivery', default: '50000', unit: 'GB per month', group: NETWORK },
	cdn_gb_cost: { label: 'CDN price', default: defaultPrice('cdn_gb_cost'), unit: '$ per GB', group: NETWORK },
	cache_month: { label: 'Cache cluster', default: defaultPrice('cache_month'), unit: '$ per month', group: SERVICES },
	queue_month: { label: 'Queue or streaming cluster', default: defaultPrice('queue_month'), unit: '$ per month', group: SERVICES },
	hosts: { label: 'Monitored hosts', default: '20', group: SERVICES },
	monitor_host_month: { label: 'Monitoring price', default: defaultPrice('monitor_host_month'), unit: '$ per host-month', group: SERVICES },
	backup_tb: { label: 'Backups kept', default: '20', unit: 'TB', group: SERVICES },
	backup_tb_month: { label: 'Backup storage price', default: defaultPrice('backup_tb_month'), unit: '$ per TB-month', group: SERVICES },
	sms: { label: 'SMS per month', default: '100000', group: THIRD },
	sms_cost: { label: 'Price per SMS', default: defaultPrice('sms_cost'), unit: '$', group: THIRD },
	emails: { label: 'Emails per month', default: '1000000', group: THIRD },
	email_per_1000: { label: 'Price per 1000 emails', default: defaultPrice('email_per_1000'), unit: '$', group: THIRD },
});

const BILL = 'Monthly bill';
const chart = (line: string) => ({ label: `Share of ${line}`, formula: `100 × ${line} / total-month` });

export const outputs = describeOutputs(formats, {
	compute: { label: 'Compute', formula: 'instances × instance_month', group: BILL },
	storage: { label: 'Storage', formula: '(db_tb + blob_tb) × replication × storage_tb_month', group: BILL },
	network: { label: 'Network egress', formula: 'egress_tb × egress_tb_cost', group: BILL },
	'cache-cdn': { label: 'Cache and CDN', formula: 'cache_month + cdn_gb × cdn_gb_cost', group: BILL },
	queue: { label: 'Queue or streaming', formula: 'queue_month', group: BILL },
	monitoring: { label: 'Monitoring', formula: 'hosts × monitor_host_month', group: BILL },
	backups: { label: 'Backups', formula: 'backup_tb × backup_tb_month', group: BILL },
	'third-party': { label: 'Third-party messaging', formula: 'sms × sms_cost + emails / 1000 × email_per_1000', group: BILL },
	'total-month': { label: 'Total per month', formula: 'the sum of the eight lines above', group: BILL },
	'total-year': { label: 'Total per year', formula: 'total-month × 12', group: BILL },
	'share-compute': chart('compute'),
	'share-storage': chart('storage'),
	'share-network': chart('network'),
	'share-cache-cdn': chart('cache-cdn'),
	'share-queue': chart('queue'),
	'share-monitoring': chart('monitoring'),
	'share-backups': chart('backups'),
	'share-third-party': chart('third-party'),
});

export const notes = [
	'All amounts are US dollars before tax; a month is a year / 12 (730 hours).',
	'Default prices are examples, read on the date shown in the price table below: replace them with your provider’s prices for your region.',
	'List prices ignore free tiers, volume tiers, reserved or committed-use discounts and support plans.',
	'Ingress is free at the major clouds; traffic between zones and regions is not, and is not counted here.',
];

export const cost: Model = { fields, outputs, notes, compute };
