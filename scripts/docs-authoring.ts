/** Regenerates the authoring reference in CONTRIBUTING.md from the schema. */
import { readFileSync, writeFileSync } from 'node:fs';
import { withAuthoringReference } from '../src/build/authoring-docs.ts';

const path = new URL('../CONTRIBUTING.md', import.meta.url);
writeFileSync(path, withAuthoringReference(readFileSync(path, 'utf8')));
console.log('CONTRIBUTING.md: authoring reference regenerated');
