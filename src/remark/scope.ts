import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { addPluginData } from '../lib/plugin-data.ts';
import { extractScope, scopeLists } from '../lib/extract-scope.ts';
import { scopeLabels, scopeSentenceLabels } from '../lib/page-outline.ts';
import { failOnProblems } from './fail-on-problems.ts';
// Brings in the typing of node.data.hProperties, which remark-rehype turns into element properties.
import type {} from 'mdast-util-to-hast';

/**
 * Reads the report's scope lists (`<Scope of="…">`, `<Region>`) out of the file that states them and
 * hands them to pages as `remarkPluginFrontmatter.scope`, for the build's cross-checks and the map. Each scope
 * statement becomes a part of its own for search (`data-pagefind-title`): the sentence that leads into a scope
 * list (with the list), and the sentence that names the Regions.
 */
export default function remarkScope() {
  return (tree: Root, file: VFile) => {
    const { scope, problems } = extractScope(tree);
    failOnProblems(file, problems, 'scope');
    const found = scope.services.length + scope.regions.length + scope.edgeLocations.length;
    if (found === 0) return;
    titleScopeSentences(tree);
    addPluginData(file, { scope });
  };
}

function titleScopeSentences(tree: Root): void {
  const title = (node: { data?: Root['data'] }, label: string) => {
    node.data ??= {};
    node.data.hProperties = { ...node.data.hProperties, 'data-pagefind-title': label };
  };
  visit(tree, 'paragraph', (paragraph, index, parent) => {
    let region = false;
    visit(paragraph, 'mdxJsxTextElement', (node) => void (region ||= node.name === 'Region'));
    if (region) title(paragraph, scopeSentenceLabels.regions);
    const next = index === undefined ? undefined : parent?.children[index + 1];
    if (next?.type !== 'mdxJsxFlowElement' || next.name !== 'Scope') return;
    const of = next.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'of')?.value;
    if (typeof of === 'string' && of in scopeLists) title(paragraph, scopeLabels[of as keyof typeof scopeLists]);
  });
}
