/**
 * npm run lint:content [-- <extra-dir>...]: the build's content checks and the frontmatter schema
 * in about a second, without building. Extra directories laid out like content/ (e.g. drafts)
 * are checked together with content/, so their links and relations resolve against it.
 */
import { fileURLToPath } from 'node:url';
import { readPages } from '../src/build/content-files.ts';
import { checkPages, formatProblems, type Problem } from '../src/lib/content-rules.ts';
import { pageSchema } from '../src/schemas/page.ts';

const contentDir = fileURLToPath(new URL('../content/', import.meta.url));
const extraDirs = process.argv.slice(2);
const bySlug = new Map(readPages(contentDir).map((page) => [page.slug, page]));
// A page in an extra directory replaces the content/ page with the same slug.
for (const dir of extraDirs) for (const page of readPages(dir)) bySlug.set(page.slug, page);
const pages = [...bySlug.values()];

const problems: Problem[] = checkPages(pages);
for (const page of pages) {
	const result = pageSchema.safeParse(page.data);
	if (result.success) continue;
	for (const issue of result.error.issues)
		problems.push({ file: page.file, message: `frontmatter ${issue.path.join('.') || '(root)'}: ${issue.message}` });
}

if (problems.length > 0) {
	console.error(`${problems.length} problem(s):\n${formatProblems(problems)}`);
	process.exit(1);
}
console.log(`${pages.length} pages checked, no problems.`);
