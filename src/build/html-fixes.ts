/**
 * Fixes applied to Starlight's generated HTML after the build, each for a defect we cannot
 * reach through a component override. Each fix must match: if Starlight's markup changes,
 * the build says so instead of silently shipping the defect again.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

interface HtmlFix {
	why: string;
	find: RegExp;
	replace: string;
}

export const HTML_FIXES: readonly HtmlFix[] = [
	{
		// The search button is labelled "Search" by aria-label but also shows "Ctrl K", so its visible
		// text is not part of its name (WCAG 2.5.3, axe's label-content-name-mismatch). Name it from
		// its content instead: a screen-reader-only "Search", with the visual hints hidden from it.
		why: 'name the search button from its content',
		find: /<button data-open-modal disabled aria-label="Search" (aria-keyshortcuts="Control\+K"[^>]*>)([\s\S]*?)<kbd class="([^"]*)" style="display: none;">/,
		replace:
			'<button data-open-modal disabled $1<span class="sr-only">Search</span>$2<kbd class="$3" style="display: none;" aria-hidden="true">',
	},
];

/** Applies every fix to one page; throws when a fix no longer matches Starlight's markup. */
export function fixHtml(html: string, file: string): string {
	let result = html;
	for (const fix of HTML_FIXES) {
		if (!fix.find.test(result)) throw new Error(`${file}: HTML fix "${fix.why}" no longer matches; review src/build/html-fixes.ts`);
		result = result.replace(fix.find, fix.replace);
	}
	return result;
}

export function fixBuiltSite(dir: string): number {
	const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((path) => path.endsWith('.html'));
	for (const file of files) writeFileSync(join(dir, file), fixHtml(readFileSync(join(dir, file), 'utf8'), file));
	return files.length;
}
