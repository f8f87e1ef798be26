import { beforeAll, describe, expect, it } from 'vitest';
import { search } from '../support/pagefind.ts';
import { assertBuilt, BASE } from '../support/site.ts';

beforeAll(() => assertBuilt());

/** The items each section of the user's template names, and the stage page that must teach them. */
const SEED_TERMS: Record<string, string[]> = {
	'stages/clarify-requirements': ['functional requirements', 'non-functional requirements'],
	'stages/flow-and-actors': ['flow', 'actors'],
	'stages/actions-and-apis': ['actions', 'APIs', 'REST', 'gRPC', 'GraphQL'],
	'stages/identify-microservices': ['microservices', 'service boundaries'],
	'stages/capacity-estimation': [
		'DAU',
		'MAU',
		'peak QPS',
		'traffic patterns',
		'payload size',
		'logs and metadata overhead',
		'index overhead',
		'growth rate',
		'read/write ratio',
		'latency',
		'throughput',
		'bandwidth',
		'cache estimation',
		'database scaling',
		'replication factor',
		'effective storage',
		'cold vs hot storage',
	],
	'stages/cost-estimation': ['compute', 'storage', 'egress', 'CDN', 'queue cost', 'monitoring', 'backups', 'SMS', 'email'],
	'stages/data-model-and-database': [
		'entities',
		'relationships',
		'SQL vs NoSQL',
		'access patterns',
		'indexing',
		'denormalization',
		'scaling strategy',
		'CAP',
		'backup and recovery',
		'point-in-time recovery',
	],
	'stages/high-level-architecture': ['API gateway', 'load balancer', 'message queue', 'object storage', 'service discovery'],
	'stages/scalability-and-reliability': [
		'scalability',
		'low latency',
		'availability',
		'consistency',
		'observability',
		'extensibility',
		'cost efficiency',
	],
	'stages/tradeoffs': ['trade-offs'],
	'stages/failures-and-bottlenecks': ['single point of failure', 'failure analysis'],
	'stages/security-and-compliance': ['threat modelling', 'STRIDE'],
	'stages/feedback-and-iterate': ['feedback', 'iterate'],
	'stages/summarize-the-design': ['summary'],
};

const cases = Object.entries(SEED_TERMS).flatMap(([slug, terms]) => terms.map((term) => [term, slug] as const));

describe('every item of the template is findable on its stage page', () => {
	it.each(cases)('"%s" finds %s', async (term, slug) => {
		const hits = await search(term, undefined, 20);
		expect(hits.map((hit) => hit.url)).toContain(`${BASE}${slug}/`);
	});
});
