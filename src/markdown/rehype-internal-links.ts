/**
 * Makes links written in content work under any base path, and turns links to pages that
 * are planned but not written yet into a visible "planned" marker instead of a broken link.
 * Unknown targets never get here: the content check fails the build on them first.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { withBase } from '../lib/base-path.ts';
import { slugOfLink } from '../lib/content-rules.ts';

export interface InternalLinkOptions {
	/** Base path with a trailing slash, e.g. `/` or `/hld-handbook/`. */
	base: string;
	/** Slugs of the pages that exist. */
	written: ReadonlySet<string>;
}

export function rehypeInternalLinks({ base, written }: InternalLinkOptions) {
	return (tree: Root) => {
		visit(tree, 'element', (node: Element) => {
			if (node.tagName !== 'a') return;
			const href = node.properties['href'];
			if (typeof href !== 'string' || !href.startsWith('/') || href.startsWith('//')) return;
			if (written.has(slugOfLink(href))) {
				node.properties['href'] = withBase(base, href);
				return;
			}
			node.tagName = 'span';
			delete node.properties['href'];
			node.properties['className'] = ['planned-link'];
			node.properties['title'] = 'This page is planned and not written yet';
		});
	};
}
