import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
// Brings in the typing of node.data.hProperties, which remark-rehype turns into element properties.
import type {} from 'mdast-util-to-hast';
import type { VFile } from 'vfile';
import { addPluginData } from '../lib/plugin-data.ts';
import { slugify } from '../lib/slug.ts';

/**
 * Gives every heading the id of the site's one slug rule, so a service's anchor on its category
 * page is its permalink slug. Astro's own id pass keeps ids that are already set. Hands the ids to the page
 * (`remarkPluginFrontmatter.headings`).
 */
export default function remarkHeadingIds() {
  return (tree: Root, file: VFile) => {
    const headings: string[] = [];
    visit(tree, 'heading', (node) => {
      const id = slugify(toString(node));
      node.data ??= {};
      node.data.hProperties = { ...node.data.hProperties, id };
      headings.push(id);
    });
    // Which part a heading is in, for its level on the full report (src/components/mdx/HeadingInReport.astro).
    addPluginData(file, { headings });
  };
}
