/**
 * The knowledge graph: each page's relations, both the ones it declares and the ones other
 * pages declare towards it (backlinks), grouped under labels a reader understands.
 */
import { PLANNED_PAGES } from '../data/inventory.ts';

export interface GraphPage {
	slug: string;
	title: string;
	data: Record<string, unknown>;
}

export interface GraphLink {
	slug: string;
	title: string;
	/** False for a page in the inventory that is not written yet. */
	written: boolean;
}

export interface RelationGroup {
	label: string;
	links: GraphLink[];
}

interface Edge {
	field: string;
	/** Kind of the page that declares the field; undefined: any. */
	owner?: string;
	/** Label on the declaring page. */
	out: string;
	/** Label on the page it points to. */
	in: string;
}

const EDGES: readonly Edge[] = [
	{ field: 'solves', out: 'Mitigates', in: 'Mitigated by' },
	{ field: 'mitigations', out: 'Mitigated by', in: 'Mitigates' },
	{ field: 'stages', out: 'Used in stages', in: 'Patterns used in this stage' },
	{ field: 'papers', out: 'Seen in papers', in: 'Patterns shown in this paper' },
	{ field: 'patterns', owner: 'paper', out: 'Patterns shown in this paper', in: 'Seen in papers' },
	{ field: 'patterns', owner: 'building-block', out: 'Patterns that use it', in: 'Building blocks it uses' },
	{ field: 'related', out: 'Related', in: 'Referenced by' },
];

/** The slugs a page lists in a relation field (`related`, `solves`, …); none when absent. */
export const slugsIn = (page: GraphPage, field: string): string[] => {
	const value = page.data[field];
	return Array.isArray(value) ? value.map(String) : [];
};

/** A link to `slug`: the written page's title, or the inventory's title for a page not written yet. */
export function graphLink(slug: string, bySlug: ReadonlyMap<string, GraphPage>): GraphLink {
	const page = bySlug.get(slug);
	return { slug, title: page?.title ?? PLANNED_PAGES[slug] ?? slug, written: Boolean(page) };
}

export function relationGroups(slug: string, pages: readonly GraphPage[]): RelationGroup[] {
	const bySlug = new Map(pages.map((page) => [page.slug, page]));
	const self = bySlug.get(slug);
	const groups = new Map<string, Set<string>>();
	const add = (label: string, target: string) => {
		if (target === slug) return;
		if (!groups.has(label)) groups.set(label, new Set());
		groups.get(label)!.add(target);
	};
	for (const edge of EDGES) {
		if (self && (!edge.owner || self.data['kind'] === edge.owner)) {
			for (const target of slugsIn(self, edge.field)) add(edge.out, target);
		}
		for (const other of pages) {
			if (edge.owner && other.data['kind'] !== edge.owner) continue;
			if (slugsIn(other, edge.field).includes(slug)) add(edge.in, other.slug);
		}
	}
	// A page shown under a specific label is not repeated under the generic ones.
	const shown = new Set<string>();
	const result: RelationGroup[] = [];
	const order = [...new Set(EDGES.flatMap((edge) => [edge.out, edge.in]))].sort(
		(a, b) => Number(a === 'Related' || a === 'Referenced by') - Number(b === 'Related' || b === 'Referenced by'),
	);
	for (const label of order) {
		const targets = [...(groups.get(label) ?? [])].filter((target) => !shown.has(target));
		if (targets.length === 0) continue;
		targets.forEach((target) => shown.add(target));
		const links = targets
			.map((target) => graphLink(target, bySlug))
			.sort((a, b) => Number(b.written) - Number(a.written) || a.title.localeCompare(b.title));
		result.push({ label, links });
	}
	return result;
}
