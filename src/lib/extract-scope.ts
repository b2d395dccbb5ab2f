import type { Root } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { ContentProblem } from './content-problem.ts';

/** An entry of one of the report's scope lists, as the report writes it. */
export interface ScopeItem {
  name: string;
  line: number | undefined;
}

/** The report's statement of scope: services, regions and edge locations. */
export interface Scope {
  services: ScopeItem[];
  regions: ScopeItem[];
  edgeLocations: ScopeItem[];
}

/** The lists a `<Scope of="…">` element can hold, mapped to their key in {@link Scope}. */
export const scopeLists = { services: 'services', 'edge-locations': 'edgeLocations' } as const;

/**
 * Reads the scope out of a section's tree: `<Scope of="services">` and `<Scope of="edge-locations">`
 * wrap a Markdown list; `<Region>` marks a region's name inside the report's sentence.
 */
export function extractScope(tree: Root): { scope: Scope; problems: ContentProblem[] } {
  const scope: Scope = { services: [], regions: [], edgeLocations: [] };
  const problems: ContentProblem[] = [];
  visit(tree, (node) => {
    if (node.type === 'mdxJsxTextElement' && node.name === 'Region') {
      scope.regions.push({ name: toString(node).trim(), line: node.position?.start.line });
    }
    if (node.type === 'mdxJsxFlowElement' && node.name === 'Scope') readList(node, scope, problems);
  });
  return { scope, problems };
}

function readList(node: MdxJsxFlowElement, scope: Scope, problems: ContentProblem[]): void {
  const line = node.position?.start.line;
  const of = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'of')?.value;
  const key = typeof of === 'string' && Object.hasOwn(scopeLists, of) ? scopeLists[of as keyof typeof scopeLists] : undefined;
  if (!key) {
    const allowed = Object.keys(scopeLists).map((k) => `"${k}"`).join(' or ');
    problems.push({ line, message: `<Scope of=${JSON.stringify(of ?? null)}> is not a known list: use of=${allowed}` });
    return;
  }
  const [list, ...rest] = node.children;
  if (list?.type !== 'list' || rest.length > 0) {
    problems.push({ line, message: `<Scope of="${of}"> must hold exactly one Markdown list ("- item" lines, blank line before and after)` });
    return;
  }
  for (const item of list.children) {
    const name = toString(item).trim();
    if (name) scope[key].push({ name, line: item.position?.start.line });
    else problems.push({ line: item.position?.start.line, message: `empty entry in <Scope of="${of}">: remove the bare "-" line` });
  }
}
