/** Every page of the handbook as the knowledge-graph helpers in src/lib/ take it: slug, title, frontmatter. */
import { getCollection } from 'astro:content';
import type { GraphPage } from '../lib/graph.ts';

export async function graphPages(): Promise<GraphPage[]> {
	return (await getCollection('docs')).map((entry) => ({ slug: entry.id, title: entry.data.title, data: entry.data }));
}
