/**
 * The page kinds: which folder holds each, the H2 headings its body must have (in order),
 * and where it sits in the sidebar. Pure data, shared by the build, the scaffold and tests.
 */
import type { Kind } from '../schemas/page.ts';

export interface KindInfo {
	/** Folder under `content/`. */
	folder: string;
	/** Sidebar group label. */
	label: string;
	/** H2 headings the body must contain, in this order. The "See also" section is rendered from frontmatter. */
	headings: readonly string[];
}

/** Kinds that own a folder of pages; the home page and folder indexes (`catalogue`) do not. */
export type FolderKind = Exclude<Kind, 'home' | 'catalogue'>;

export const KINDS: Record<FolderKind, KindInfo> = {
	stage: {
		folder: 'stages',
		label: 'The method: 14 stages',
		headings: ['Goal', 'Inputs', 'Steps', 'Worked example', 'Common mistakes', 'Outputs', 'Tools and patterns for this stage'],
	},
	pattern: {
		folder: 'patterns',
		label: 'Patterns',
		headings: [
			'Problem',
			'Solution',
			'How it works',
			'When to use',
			'When not to use',
			'Trade-offs',
			'Failure modes and pitfalls',
			'In the real world',
			'Interview talking points',
		],
	},
	'building-block': {
		folder: 'building-blocks',
		label: 'Building blocks',
		headings: ['What it does', 'Where it sits', 'Products compared', 'Numbers worth remembering', 'How it fails', 'Patterns that use it'],
	},
	tradeoff: {
		folder: 'tradeoffs',
		label: 'Trade-offs',
		headings: ['The decision', 'Side by side', 'When to choose each', 'Wrong reasons', 'In an interview'],
	},
	failure: {
		folder: 'failures',
		label: 'Failures and bottlenecks',
		headings: ['Symptoms', 'Why it happens', 'Prevention', 'Recovery', 'A real incident', 'Checklist'],
	},
	threat: {
		folder: 'security',
		label: 'Security threats',
		headings: ['What it is', 'Attack scenario', 'Controls', 'Verifying the controls', 'Regulations'],
	},
	paper: {
		folder: 'papers',
		label: 'Papers',
		headings: [
			'The problem',
			'Architecture',
			'Key ideas',
			'Numbers worth remembering',
			'What to borrow for your designs',
			'Limits and criticism',
			'Citation',
		],
	},
	concept: {
		folder: 'concepts',
		label: 'Concepts',
		headings: ['The idea', 'How it works', 'In real systems', 'Misconceptions'],
	},
	'case-study': {
		folder: 'case-studies',
		label: 'Case studies',
		headings: [
			'1. Requirements',
			'2. Flow and actors',
			'3. APIs',
			'4. Services',
			'5. Capacity',
			'6. Cost',
			'7. Data model',
			'8. Architecture',
			'9. Scalability and reliability',
			'10. Trade-offs',
			'11. Failures',
			'12. Security',
			'13. Iterate',
			'14. Summary',
		],
	},
	tool: { folder: 'tools', label: 'Tools and calculators', headings: [] },
	reference: { folder: 'reference', label: 'Reference', headings: [] },
};

/** Sidebar order after the stages (patterns are grouped by concern, see the sidebar builder). */
export const SIDEBAR_ORDER: readonly FolderKind[] = [
	'stage',
	'pattern',
	'building-block',
	'tradeoff',
	'failure',
	'threat',
	'paper',
	'concept',
	'case-study',
	'tool',
	'reference',
];

/** The kind a page must declare, given the first folder of its slug; undefined for unknown folders. */
export function kindOfFolder(folder: string): FolderKind | undefined {
	return (Object.keys(KINDS) as FolderKind[]).find((kind) => KINDS[kind].folder === folder);
}
