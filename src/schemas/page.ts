/**
 * Frontmatter of every page in the handbook.
 *
 * The folder a page lives in (`content/<folder>/<slug>.mdx`) decides its kind; the `kind`
 * field repeats it so the schema can be a discriminated union, and the content check fails
 * the build when the two disagree. CONTRIBUTING.md is generated from the `.describe()` lines.
 */
import { z } from 'astro/zod';

export const CONCERNS = [
	'scalability',
	'low-latency',
	'availability',
	'reliability',
	'consistency',
	'security',
	'maintainability',
	'observability',
	'extensibility',
	'cost-efficiency',
] as const;

/** Labels for the concerns of seed section 9, in the order the method lists them. */
export const CONCERN_LABELS: Record<(typeof CONCERNS)[number], string> = {
	scalability: 'Scalability',
	'low-latency': 'Low latency',
	availability: 'Availability',
	reliability: 'Reliability and fault tolerance',
	consistency: 'Consistency',
	security: 'Security',
	maintainability: 'Maintainability',
	observability: 'Observability',
	extensibility: 'Extensibility',
	'cost-efficiency': 'Cost efficiency',
};

export type Concern = (typeof CONCERNS)[number];

/** A page slug such as `patterns/circuit-breaker`: the path under `content/` without extension. */
const slug = z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, 'a slug is "<folder>/<name>", lowercase with hyphens');

const slugList = (what: string) => z.array(slug).default([]).describe(what);

const source = z
	.object({
		title: z.string().min(1).describe('Title of the source as its authors give it.'),
		url: z.url().describe('Link to the primary source: the paper, the official docs, the RFC.'),
		year: z.number().int().min(1950).max(2100).describe('Year of publication, or the year the docs were read for living documents.'),
	})
	.strict();

const shared = {
	description: z
		.string()
		.min(20)
		.max(160)
		.describe('One sentence of at most 160 characters, used for search engines, cards and search excerpts.'),
	concerns: z
		.array(z.enum(CONCERNS))
		.default([])
		.describe('Quality concerns of seed section 9 the page serves; the first one places a pattern in the sidebar.'),
	related: slugList('Slugs of closely related pages; the pages linked back are computed, never typed twice.'),
	aliases: z
		.array(z.string().min(2))
		.default([])
		.describe('Other names readers search for ("fail fast" for Circuit Breaker); indexed with high weight.'),
	sources: z.array(source).default([]).describe('Primary sources that back every number and claim on the page.'),
	searchWeight: z
		.number()
		.min(0.1)
		.max(10)
		.optional()
		.describe(
			'Search weight of the body text (1 when absent). Pages that mention everything, like the glossary, set it low so the page about a term ranks above them.',
		),
};

const stage = z.object({
	kind: z.literal('stage').describe('A step of the 14-stage method (content/stages/).'),
	...shared,
	stage: z.number().int().min(1).max(14).describe('Position of the stage in the method, 1 to 14.'),
	checklist: z.array(z.string().min(3)).min(3).describe('What a reader ticks off before leaving the stage.'),
	outputs: z.array(z.string().min(3)).min(1).describe('What this stage hands to the stages after it.'),
});

const pattern = z.object({
	kind: z.literal('pattern').describe('A design pattern (content/patterns/).'),
	...shared,
	problem: z.string().min(10).describe('The problem the pattern solves, in one sentence.'),
	solves: slugList('Failure pages (failures/<slug>) this pattern prevents or recovers from.'),
	stages: slugList('Stage pages (stages/<slug>) where the method reaches for this pattern.'),
	papers: slugList('Paper pages (papers/<slug>) that show the pattern at scale.'),
});

const buildingBlock = z.object({
	kind: z.literal('building-block').describe('A component of the high-level architecture (content/building-blocks/).'),
	...shared,
	examples: z.array(z.string()).default([]).describe('Products that implement it, e.g. Redis, Kafka.'),
	patterns: slugList('Pattern pages (patterns/<slug>) that use this building block.'),
});

const tradeoff = z.object({
	kind: z.literal('tradeoff').describe('A choice between two or more options (content/tradeoffs/).'),
	...shared,
	options: z
		.array(
			z
				.object({
					name: z.string().describe('The option, e.g. "SQL".'),
					chooseWhen: z.string().describe('When this option is the better choice, with thresholds where they exist.'),
				})
				.strict(),
		)
		.min(2)
		.describe('The options weighed against each other.'),
});

const failure = z.object({
	kind: z.literal('failure').describe('A way systems fail (content/failures/).'),
	...shared,
	mitigations: slugList('Pattern or building-block pages that prevent or recover from this failure.'),
});

const threat = z.object({
	kind: z.literal('threat').describe('A security threat (content/security/).'),
	...shared,
	mitigations: slugList('Pattern or building-block pages with the controls against this threat.'),
});

const paper = z.object({
	kind: z.literal('paper').describe('A companion to a published systems paper (content/papers/).'),
	...shared,
	authors: z.array(z.string()).min(1).describe('Authors as listed on the paper.'),
	venue: z.string().describe('Where it was published, e.g. "NSDI \'13".'),
	year: z.number().int().min(1950).max(2100).describe('Year of publication.'),
	url: z.url().describe('The official PDF.'),
	patterns: slugList('Pattern or concept pages (patterns/<slug>, concepts/<slug>) the paper shows at scale.'),
});

const concept = z.object({
	kind: z.literal('concept').describe('A background idea that patterns and papers lean on (content/concepts/).'),
	...shared,
});

const caseStudy = z.object({
	kind: z.literal('case-study').describe('A worked design through all 14 stages (content/case-studies/).'),
	...shared,
});

const reference = z.object({
	kind: z.literal('reference').describe('Tables of figures worth remembering (content/reference/).'),
	...shared,
});

const tool = z.object({
	kind: z.literal('tool').describe('An interactive calculator or worksheet (content/tools/).'),
	...shared,
});

const catalogue = z.object({
	kind: z
		.literal('catalogue')
		.describe("An index of one kind's folder, generated from the other pages' frontmatter (content/<folder>/index.mdx)."),
	...shared,
});

const home = z.object({
	kind: z.literal('home').describe('The home page (content/index.mdx).'),
	...shared,
});

/** The frontmatter a page adds to Starlight's own (title, template, hero, …). */
export const pageSchema = z.discriminatedUnion('kind', [
	stage,
	pattern,
	buildingBlock,
	tradeoff,
	failure,
	threat,
	paper,
	concept,
	caseStudy,
	reference,
	tool,
	catalogue,
	home,
]);

export type PageData = z.infer<typeof pageSchema>;
export type Kind = PageData['kind'];

/** Each kind's schema, for documentation and for `npm run new`. */
export const kindSchemas = {
	stage,
	pattern,
	'building-block': buildingBlock,
	tradeoff,
	failure,
	threat,
	paper,
	concept,
	'case-study': caseStudy,
	reference,
	tool,
	catalogue,
	home,
} as const satisfies Record<Kind, z.ZodObject>;
