import type { Data, Root } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { ContentProblem } from './content-problem.ts';
// Brings in the typing of node.data.hProperties.
import type {} from 'mdast-util-to-hast';

/** An entry of one of the report's scope lists, as the report writes it. */
export interface ScopeItem {
  name: string;
  line: number | undefined;
  /** Its block's id, where remark-block-ids gave one (src/lib/report-blocks.ts): its list item, or a Region's paragraph. */
  id?: string | undefined;
}

/** The report's statement of scope: services, regions and edge locations. */
export interface Scope {
  services: ScopeItem[];
  regions: ScopeItem[];
  edgeLocations: ScopeItem[];
}

/** A block's id as remark-block-ids set it, to spread into a {@link ScopeItem} (nothing where it has none). */
const blockId = (node: { data?: Data | undefined }): { id?: string } => {
  const id = node.data?.hProperties?.['id'];
  return typeof id === 'string' ? { id } : {};
};

/** The lists a `<Scope of="…">` element can hold, mapped to their key in {@link Scope}. */
export const scopeLists = { services: 'services', 'edge-locations': 'edgeLocations' } as const;

/**
 * Reads the scope out of a section's tree: `<Scope of="services">` and `<Scope of="edge-locations">`
 * wrap a Markdown list; `<Region>` marks a region's name inside the report's sentence.
 */
export function extractScope(tree: Root): { scope: Scope; problems: ContentProblem[] } {
  const scope: Scope = { services: [], regions: [], edgeLocations: [] };
  const problems: ContentProblem[] = [];
  visit(tree, (node, _index, parent) => {
    if (node.type === 'mdxJsxTextElement' && node.name === 'Region') {
      const name = toString(node).trim();
      const line = node.position?.start.line;
      if (name) scope.regions.push({ name, line, ...(parent?.type === 'paragraph' ? blockId(parent) : {}) });
      else problems.push({ line, message: 'empty <Region></Region>: put the region’s name, as the report writes it, between the tags' });
    }
    if (node.type === 'mdxJsxFlowElement' && node.name === 'Scope') readList(node, scope, problems);
  });
  return { scope, problems };
}

function readList(node: MdxJsxFlowElement, scope: Scope, problems: ContentProblem[]): void {
  const line = node.position?.start.line;
  const value = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'of')?.value;
  // An expression (of={…}) is shown as written, never as its syntax tree.
  const of = typeof value === 'string' || value == null ? value : `{${value.value}}`;
  const key = typeof value === 'string' && Object.hasOwn(scopeLists, value) ? scopeLists[value as keyof typeof scopeLists] : undefined;
  if (!key) {
    const allowed = Object.keys(scopeLists)
      .map((k) => `"${k}"`)
      .join(' or ');
    const shown = typeof value === 'string' || value == null ? JSON.stringify(of ?? null) : of;
    problems.push({ line, message: `<Scope of=${shown}> is not a known list: use of=${allowed}` });
    return;
  }
  const [list, ...rest] = node.children;
  if (list?.type !== 'list' || rest.length > 0) {
    problems.push({
      line,
      message: `<Scope of="${of}"> must hold exactly one Markdown list ("- item" lines, blank line before and after)`,
    });
    return;
  }
  for (const item of list.children) {
    const itemLine = item.position?.start.line;
    const [first, ...more] = item.children;
    if (more.length > 0 || (first && first.type !== 'paragraph')) {
      const nested = more[0] ?? first!;
      problems.push({
        line: nested.position?.start.line ?? itemLine,
        message: `entry in <Scope of="${of}"> holds a ${nested.type}: each entry is one line of text; un-indent it into its own "- " line`,
      });
      continue;
    }
    const name = toString(item).trim();
    if (name) scope[key].push({ name, line: itemLine, ...blockId(item) });
    else problems.push({ line: itemLine, message: `empty entry in <Scope of="${of}">: remove the bare "-" line` });
  }
}
