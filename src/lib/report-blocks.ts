import type { ListItem, Paragraph, Root, RootContent, Table } from 'mdast';
// Brings in the typing of node.data.hProperties, which remark-rehype turns into element properties.
import type {} from 'mdast-util-to-hast';
import { toString } from 'mdast-util-to-string';
import { slugify } from './slug.ts';

/**
 * The paragraphs, list items and tables of a part of the report, each with an id derived from its place: the part's
 * slug (a section's, or in a category file the service's), `p` and the paragraph's number among the part's
 * top-level blocks, and for a list item the item's number: `people-p2`, `aws-background-p3-12`,
 * `aws-lambda-p1`. Never from the words, which a correction could change; stable while the structure is.
 */
export interface Block {
  id: string;
  /** Plain text, as the reader sees it (inline components keep their words). */
  text: string;
  /** A list's items, each a block of its own; a list's own text is its items' texts, one a line. */
  items?: Block[];
}

/** A block's id from its part and place: `blockId('people', 2)` → `people-p2`; with an item, `people-p2-3`. */
export const blockId = (part: string, block: number, item?: number): string => `${part}-p${block}${item === undefined ? '' : `-${item}`}`;

/**
 * What a block's id says of its place, for people: `people-p2` → "paragraph 2", `people-p2-3` → "paragraph 2,
 * item 3". The inverse of `blockId`; undefined for an id that is not a block's.
 */
export function blockPlace(id: string): string | undefined {
  const place = /-p(\d+)(?:-(\d+))?$/.exec(id);
  if (!place) return undefined;
  return `paragraph ${place[1]}${place[2] ? `, item ${place[2]}` : ''}`;
}

const setId = (node: Paragraph | ListItem | Table, id: string) => {
  node.data ??= {};
  node.data.hProperties = { ...node.data.hProperties, id };
};

/** The list a top-level node is, or holds (a `<Scope>` wraps the report's scope lists). */
function listOf(node: RootContent) {
  if (node.type === 'list') return node;
  if (node.type === 'mdxJsxFlowElement') return node.children.find((c) => c.type === 'list');
  return undefined;
}

/**
 * Numbers the top-level paragraphs, lists and tables of a tree, sets each paragraph's, list item's and table's id (as the HTML
 * id it renders with) and returns them as blocks. `part` is the section's slug; in a category file, where
 * `## Name` headings start the services, numbering starts again under each, with the service's slug.
 */
export function numberBlocks(tree: Root, part: string, { perService = false } = {}): Block[] {
  const blocks: Block[] = [];
  let prefix = part;
  let n = 0;
  for (const node of tree.children) {
    if (node.type === 'heading' && perService) {
      prefix = slugify(toString(node));
      n = 0;
      continue;
    }
    const list = listOf(node);
    if (node.type === 'paragraph') {
      const id = blockId(prefix, ++n);
      setId(node, id);
      blocks.push({ id, text: toString(node) });
    } else if (node.type === 'table') {
      // A table (GFM) is one block, linked as a whole: its text is its rows, one a line, cells apart.
      const id = blockId(prefix, ++n);
      setId(node, id);
      blocks.push({ id, text: node.children.map((row) => row.children.map((cell) => toString(cell).trim()).join(' | ')).join('\n') });
    } else if (list) {
      const block = ++n;
      const items = list.children.map((item, i) => {
        const id = blockId(prefix, block, i + 1);
        setId(item, id);
        return { id, text: toString(item).trim() };
      });
      blocks.push({ id: blockId(prefix, block), text: items.map((i) => i.text).join('\n'), items });
    }
  }
  return blocks;
}
