import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, BASE, fileForPath, htmlFiles, readDist } from '../support/site.ts';

const ORIGIN = 'https://hld-check.example';

interface Reference {
	page: string;
	tag: string;
	attribute: string;
	/** The `rel` of a <link>: only some rels load a resource. */
	rel: string;
	url: URL;
}

/** <link> rels that name a page rather than load something into this one. */
const NAVIGATION_RELS = /\b(canonical|alternate|sitemap|prev|next)\b/;

let references: Reference[] = [];
let ids = new Map<string, Set<string>>();

beforeAll(() => {
	assertBuilt();
	for (const file of htmlFiles()) {
		const pageUrl = new URL(BASE + file.replace(/index\.html$/, ''), ORIGIN);
		const root = parse(readDist(file));
		ids.set(pageUrl.pathname, new Set(root.querySelectorAll('[id]').map((el) => el.id)));
		for (const el of root.querySelectorAll('[href], [src], [srcset]')) {
			for (const attribute of ['href', 'src', 'srcset']) {
				const value = el.getAttribute(attribute);
				if (!value) continue;
				const urls = attribute === 'srcset' ? value.split(',').map((part) => part.trim().split(/\s+/)[0]!) : [value];
				for (const raw of urls) {
					if (/^(mailto|tel|data|javascript):/.test(raw)) continue;
					references.push({
						page: file,
						tag: el.rawTagName.toLowerCase(),
						attribute,
						rel: el.getAttribute('rel') ?? '',
						url: new URL(raw, pageUrl),
					});
				}
			}
		}
	}
});

describe('the site built under a non-root base path', () => {
	it('has pages to check', () => {
		expect(htmlFiles().length).toBeGreaterThanOrEqual(5);
		expect(references.length).toBeGreaterThan(100);
	});

	it('keeps every same-origin link and asset under the base path, resolving to a file', () => {
		const broken = references
			.filter((ref) => ref.url.origin === ORIGIN)
			// The 404 page names itself canonically at /404/ though it is served as 404.html.
			.filter((ref) => !(ref.page === '404.html' && ref.rel === 'canonical'))
			.filter((ref) => !fileForPath(ref.url.pathname))
			.map((ref) => `${ref.page}: <${ref.tag} ${ref.attribute}="${ref.url.pathname}">`);
		expect(broken).toEqual([]);
	});

	it('points every in-site anchor at an id that exists on the target page', () => {
		const missing = references
			.filter((ref) => ref.url.origin === ORIGIN && ref.tag === 'a' && ref.url.hash.length > 1)
			.filter((ref) => !ids.get(ref.url.pathname)?.has(decodeURIComponent(ref.url.hash.slice(1))))
			.map((ref) => `${ref.page}: ${ref.url.pathname}${ref.url.hash}`);
		expect(missing).toEqual([]);
	});

	it('loads no script, stylesheet, image, font or frame from another origin', () => {
		const foreign = references
			.filter((ref) => ref.url.origin !== ORIGIN)
			.filter((ref) => ref.tag !== 'a' && !(ref.tag === 'link' && NAVIGATION_RELS.test(ref.rel)))
			.map((ref) => `${ref.page}: <${ref.tag} ${ref.attribute}="${ref.url.href}">`);
		expect(foreign).toEqual([]);
	});
});
