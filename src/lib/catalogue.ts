/**
 * Lists of pages for catalogue sections (every failure, every building block, the patterns of one
 * concern): written pages link, inventory pages not written yet are listed as planned.
 */
import { PLANNED_PAGES } from '../data/inventory.ts';
import type { GraphLink, GraphPage } from './graph.ts';

/** Every page in `folder`, written or planned, sorted by title; optionally only those serving `concern`. */
export function catalogue(pages: readonly GraphPage[], folder: string, concern?: string): GraphLink[] {
	const inFolder = (slug: string) => slug.startsWith(`${folder}/`);
	const written = pages.filter((page) => inFolder(page.slug));
	const links: GraphLink[] = written
		.filter((page) => !concern || ((page.data['concerns'] as string[] | undefined) ?? []).includes(concern))
		.map((page) => ({ slug: page.slug, title: page.title, written: true }));
	if (!concern) {
		const writtenSlugs = new Set(written.map((page) => page.slug));
		for (const [slug, title] of Object.entries(PLANNED_PAGES)) {
			if (inFolder(slug) && !writtenSlugs.has(slug)) links.push({ slug, title, written: false });
		}
	}
	return links.sort((a, b) => a.title.localeCompare(b.title));
}
