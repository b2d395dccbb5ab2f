import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { addPluginData } from '../lib/plugin-data.ts';
import { isCategoryFile, parseContentPath } from '../lib/content-layout.ts';
import { numberBlocks } from '../lib/report-blocks.ts';
// Brings in the typing of node.data.hProperties, which remark-rehype turns into element properties.
import type {} from 'mdast-util-to-hast';

/**
 * Gives every paragraph and list item of the report's text its stable id (src/lib/report-blocks.ts), so each
 * can be linked to and cited, and hands the blocks' texts to pages as `remarkPluginFrontmatter.blocks`, for the
 * word-level comparison of periods. Runs before remark-scope, which keeps the scope lists' item ids.
 */
export default function remarkBlockIds() {
  return (tree: Root, file: VFile) => {
    const parts = (file.path ?? '').split(/[\\/]/);
    const slug = parseContentPath(parts.slice(-3).join('/'))?.slug;
    if (!slug) return;
    const blocks = numberBlocks(tree, slug, { perService: isCategoryFile(file.path) });
    addPluginData(file, { blocks });
  };
}
