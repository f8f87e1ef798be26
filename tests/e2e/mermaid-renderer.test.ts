import { afterAll, describe, expect, it } from 'vitest';
import { closeRenderer, diagramId, renderDiagram, stats } from '../../src/markdown/mermaid-renderer.ts';
import { browserPath, skipBrowserTests } from '../support/browser.ts';

describe.skipIf(skipBrowserTests)('build-time mermaid rendering in Chromium', () => {
	const code = 'flowchart LR\n  accTitle: Renderer test\n  accDescr: A goes to B.\n  A --> B';
	afterAll(closeRenderer);

	it('renders light and dark variants whose ids are prefixed by the diagram and the theme', async () => {
		const rendered = await renderDiagram(code, browserPath!);
		expect(rendered.id).toBe(diagramId(code));
		expect(rendered.svg.light).toContain(`id="${rendered.id}-light"`);
		expect(rendered.svg.dark).toContain(`id="${rendered.id}-dark"`);
		expect(rendered.svg.light).toMatch(/<title[^>]*>Renderer test/);
		expect(rendered.svg.light).not.toBe(rendered.svg.dark);
	});

	it('serves an unchanged diagram from the disk cache', async () => {
		const before = { ...stats };
		await renderDiagram(code, browserPath!);
		expect(stats.cached).toBe(before.cached + 1);
		expect(stats.rendered).toBe(before.rendered);
	});

	it('reports mermaid syntax errors instead of rendering garbage', async () => {
		await expect(renderDiagram('flowchart LR\n  accTitle: x\n  accDescr: y\n  A -->', browserPath!)).rejects.toThrow();
	});
});
