import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
// Brings in the typing of node.data.hProperties, which remark-rehype turns into element properties.
import type {} from 'mdast-util-to-hast';
import { slugify } from '../lib/slug.ts';

/**
 * Gives every heading the id of the site's one slug rule, so a service's anchor on its category
 * page is its permalink slug. Astro's own id pass keeps ids that are already set.
 */
export default function remarkHeadingIds() {
  return (tree: Root) => {
    visit(tree, 'heading', (node) => {
      node.data ??= {};
      node.data.hProperties = { ...node.data.hProperties, id: slugify(toString(node)) };
    });
  };
}
