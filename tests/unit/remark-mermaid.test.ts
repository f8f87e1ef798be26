import type { Root } from 'mdast';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { VFile } from 'vfile';
import { remarkMermaid } from '../../src/markdown/remark-mermaid.ts';

const fence = (value: string): Root => ({
	type: 'root',
	children: [{ type: 'code', lang: 'mermaid', value, position: { start: { line: 7, column: 1 }, end: { line: 9, column: 1 } } }],
});
const DIAGRAM = 'flowchart LR\n  accTitle: T\n  accDescr: D\n  A --> B';

describe('remarkMermaid without a browser', () => {
	const env = { ...process.env };
	beforeEach(() => {
		process.env['CHROME_PATH'] = '/nonexistent/chrome';
		vi.spyOn(console, 'warn').mockImplementation(() => undefined);
	});
	afterEach(() => {
		process.env = { ...env };
		vi.restoreAllMocks();
	});

	it('falls back to client-side mermaid outside CI, escaping the source and flagging the fallback', async () => {
		delete process.env['CI'];
		const state = { fallbackUsed: false };
		const tree = fence(`${DIAGRAM}\n  B --> C["<img src=x onerror=alert(1)>"]`);
		await remarkMermaid({ base: '/docs/', state })(tree, new VFile({ path: 'content/x.mdx' }));
		const node = tree.children[0] as unknown as { name: string; attributes: { value: string }[] };
		expect(node.name).toBe('Fragment');
		expect(node.attributes[0]!.value).toContain('<pre class="mermaid">');
		expect(node.attributes[0]!.value).toContain('&lt;img src=x onerror=alert(1)&gt;');
		expect(node.attributes[0]!.value).toContain('"/docs/_mermaid/mermaid.esm.min.mjs"');
		expect(state.fallbackUsed).toBe(true);
	});

	it('fails under CI=true rather than ship client-side diagrams', async () => {
		process.env['CI'] = 'true';
		await expect(
			remarkMermaid({ base: '/', state: { fallbackUsed: false } })(fence(DIAGRAM), new VFile({ path: 'content/x.mdx' })),
		).rejects.toThrow(/No Chromium-family browser found.*CI must not fall back/);
	});

	it('names the file and line of a diagram without accTitle before looking for a browser', async () => {
		await expect(
			remarkMermaid({ base: '/', state: { fallbackUsed: false } })(
				fence('flowchart LR\n  accDescr: D\n  A --> B'),
				new VFile({ path: 'content/papers/x.mdx' }),
			),
		).rejects.toThrow('content/papers/x.mdx:7: mermaid diagram has no "accTitle: …" line');
	});
});
