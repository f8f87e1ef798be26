/**
 * Pagefind ranking used by the site's search box; the search-quality tests query the built
 * index with the same weights, so what they measure is what readers get.
 */
export const SEARCH_RANKING = {
	/** Long pages (papers, case studies) should not sink below short ones for the same match. */
	pageLength: 0.1,
	termFrequency: 0.1,
	termSaturation: 2,
	termSimilarity: 9,
} as const;
