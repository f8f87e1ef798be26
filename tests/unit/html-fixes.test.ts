import { describe, expect, it } from 'vitest';
import { fixHtml } from '../../src/build/html-fixes.ts';

describe('fixHtml', () => {
	it('names the search button from its content, hiding the shortcut hint from the name', () => {
		const html =
			'<button data-open-modal disabled aria-label="Search" aria-keyshortcuts="Control+K" class="a"><svg></svg>' +
			'<span aria-hidden="true">Search</span><kbd class="k" style="display: none;"><kbd>Ctrl</kbd></kbd></button>';
		expect(fixHtml(html, 'x.html')).toBe(
			'<button data-open-modal disabled aria-keyshortcuts="Control+K" class="a"><span class="sr-only">Search</span><svg></svg>' +
				'<span aria-hidden="true">Search</span><kbd class="k" style="display: none;" aria-hidden="true"><kbd>Ctrl</kbd></kbd></button>',
		);
	});

	it('fails loudly, naming the file, when the markup it fixes has changed', () => {
		expect(() => fixHtml('<button>Search</button>', 'stages/x/index.html')).toThrow(/stages\/x\/index.html: HTML fix/);
	});
});
