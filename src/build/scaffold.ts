/** The starting file for a new page of a given kind: its frontmatter fields and template headings. */
import { KINDS, type KindInfo } from '../lib/kinds.ts';

export type ScaffoldKind = keyof typeof KINDS;

export function slugify(title: string): string {
	return title
		.toLowerCase()
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

const EXTRA_FIELDS: Record<ScaffoldKind, string[]> = {
	stage: ['stage: 0 # 1-14', 'checklist:', '  - ', 'outputs:', '  - '],
	pattern: ['problem: ', 'solves: [] # failures/<slug>', 'stages: [] # stages/<slug>', 'papers: [] # papers/<slug>'],
	'building-block': ['examples: []', 'patterns: [] # patterns/<slug>'],
	tradeoff: ['options:', '  - name: ', '    chooseWhen: ', '  - name: ', '    chooseWhen: '],
	failure: ['mitigations: [] # patterns/<slug> or building-blocks/<slug>'],
	threat: ['mitigations: [] # patterns/<slug> or building-blocks/<slug>'],
	paper: ['authors: []', 'venue: ', 'year: 0', 'url: ', 'patterns: [] # patterns/<slug> or concepts/<slug>'],
	concept: [],
	'case-study': [],
	reference: [],
	tool: [],
};

export function scaffoldPage(kind: string, title: string): { path: string; text: string } {
	if (!(kind in KINDS)) throw new Error(`Unknown kind "${kind}". Kinds: ${Object.keys(KINDS).join(', ')}`);
	const slug = slugify(title);
	if (!slug) throw new Error('The title needs at least one letter or digit.');
	const info: KindInfo = KINDS[kind as ScaffoldKind];
	const frontmatter = [
		'---',
		`title: ${JSON.stringify(title)}`,
		'description: # one sentence, at most 160 characters',
		`kind: ${kind}`,
		'concerns: []',
		...EXTRA_FIELDS[kind as ScaffoldKind],
		'related: []',
		'aliases: []',
		'sources:',
		'  - title: ',
		'    url: ',
		'    year: ',
		'---',
	];
	const body = info.headings.flatMap((heading) => ['', `## ${heading}`, '', 'TODO']);
	return { path: `content/${info.folder}/${slug}.mdx`, text: [...frontmatter, ...body, ''].join('\n') };
}
