/**
 * Starlight lets wide tables scroll sideways (`display: block; overflow: auto`). A region that
 * scrolls must be reachable with the keyboard (WCAG 2.1.1, axe's scrollable-region-focusable),
 * and whether a table overflows depends on the reader's screen, so every table is focusable.
 */
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

export function rehypeFocusableTables() {
	return (tree: Root) => {
		visit(tree, 'element', (node) => {
			if (node.tagName === 'table') node.properties['tabIndex'] = 0;
		});
	};
}
