/**
 * Pagefind ranking used by the site's search box; the search-quality tests query the built
 * index with the same weights, so what they measure is what readers get.
 */
export const SEARCH_RANKING = {
	/** Long pages (papers, case studies) should not sink far below short ones for the same match. */
	pageLength: 0.3,
	/** Repeating a word many times should count for less than naming it in a heading or alias. */
	termFrequency: 0.5,
	termSaturation: 1.2,
	termSimilarity: 9,
} as const;
