import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type {} from 'mdast-util-to-hast';

/**
 * Links to other sites in report text: `rel="noopener noreferrer"`, so the site passes nothing to them,
 * and `data-literal` where the link's text is its own address (a URL the report writes out), so print
 * styles do not repeat the address after it.
 */
export default function remarkExternalLinks() {
  return (tree: Root) => {
    visit(tree, 'link', (node) => {
      if (!/^https?:\/\//.test(node.url)) return;
      node.data ??= {};
      node.data.hProperties = {
        ...node.data.hProperties,
        rel: ['noopener', 'noreferrer'],
        ...(toString(node) === node.url ? { 'data-literal': '' } : {}),
      };
    });
  };
}
