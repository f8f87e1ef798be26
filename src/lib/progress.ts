/**
 * Reading progress, without the DOM: which pages the reader marked as read, counted per group
 * ("5 of 14 stages"). The page keeps the read slugs in localStorage.
 */

export interface ProgressGroup {
	/** Plural noun for the count: "stages". */
	noun: string;
	slugs: readonly string[];
}

export interface GroupCount {
	noun: string;
	read: number;
	total: number;
	/** "5 of 14 stages". */
	text: string;
}

/** How many of each group's pages are read; slugs outside the group are ignored. */
export function countProgress(groups: readonly ProgressGroup[], read: ReadonlySet<string>): GroupCount[] {
	return groups.map(({ noun, slugs }) => {
		const total = new Set(slugs).size;
		const done = new Set(slugs.filter((slug) => read.has(slug))).size;
		return { noun, read: done, total, text: `${done} of ${total} ${noun}` };
	});
}

/** The stored read slugs; anything malformed reads as nothing read. */
export function readProgress(json: string | null): Set<string> {
	if (!json) return new Set();
	try {
		const raw = JSON.parse(json) as { read?: unknown };
		return new Set(Array.isArray(raw?.read) ? raw.read.filter((slug): slug is string => typeof slug === 'string') : []);
	} catch {
		return new Set();
	}
}

/** The JSON to store for a set of read slugs (sorted, so equal sets store equal text). */
export function writeProgress(read: ReadonlySet<string>): string {
	return JSON.stringify({ read: [...read].sort() });
}
