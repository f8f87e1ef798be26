/** npm run new -- <kind> "<Title>": writes content/<folder>/<slug>.mdx from the kind's template. */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { scaffoldPage } from '../src/build/scaffold.ts';

const [kind, ...words] = process.argv.slice(2);
if (!kind || words.length === 0) {
	console.error('Usage: npm run new -- <kind> "<Title>"   e.g. npm run new -- pattern "Bulkhead"');
	process.exit(2);
}
try {
	const { path, text } = scaffoldPage(kind, words.join(' '));
	if (existsSync(path)) throw new Error(`${path} already exists.`);
	mkdirSync(dirname(path), { recursive: true });
	writeFileSync(path, text);
	console.log(`Created ${path}. Fill in the frontmatter and every TODO; CONTRIBUTING.md documents each field.`);
} catch (error) {
	console.error(error instanceof Error ? error.message : error);
	process.exit(1);
}
