/**
 * Which pages prevent or recover from which failures or threats. The relation is declared on
 * either side (a failure's `mitigations`, a pattern's `solves`), so both are read and merged.
 */
import { graphLink, slugsIn, type GraphLink, type GraphPage } from './graph.ts';

export interface MitigationRow {
	/** The failure or threat. */
	problem: GraphLink;
	/** Slugs of the pages (columns) that mitigate it. */
	mitigatedBy: ReadonlySet<string>;
}

export interface MitigationMatrix {
	rows: MitigationRow[];
	/** Every page of the column folder that mitigates at least one row, most widely used first. */
	columns: GraphLink[];
}

const inFolder = (slug: string, folder: string) => slug.startsWith(`${folder}/`);

/** Rows: the written pages of `rowFolder` (e.g. failures); columns: pages of `columnFolder` (e.g. patterns). */
export function mitigationMatrix(pages: readonly GraphPage[], rowFolder: string, columnFolder: string): MitigationMatrix {
	const bySlug = new Map(pages.map((page) => [page.slug, page]));
	const link = (slug: string) => graphLink(slug, bySlug);
	const rows = pages
		.filter((page) => inFolder(page.slug, rowFolder))
		.sort((a, b) => a.title.localeCompare(b.title))
		.map((problem) => {
			const mitigatedBy = new Set(slugsIn(problem, 'mitigations').filter((slug) => inFolder(slug, columnFolder)));
			for (const page of pages) {
				if (inFolder(page.slug, columnFolder) && slugsIn(page, 'solves').includes(problem.slug)) mitigatedBy.add(page.slug);
			}
			return { problem: link(problem.slug), mitigatedBy };
		});
	const uses = new Map<string, number>();
	for (const row of rows) for (const slug of row.mitigatedBy) uses.set(slug, (uses.get(slug) ?? 0) + 1);
	const columns = [...uses.keys()].map(link).sort((a, b) => uses.get(b.slug)! - uses.get(a.slug)! || a.title.localeCompare(b.title));
	return { rows, columns };
}
