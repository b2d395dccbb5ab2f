import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { addPluginData } from '../lib/plugin-data.ts';
import { extractScope } from '../lib/extract-scope.ts';
import { failOnProblems } from './fail-on-problems.ts';

/**
 * Reads the report's scope lists (`<Scope of="…">`, `<Region>`) out of the file that states them and
 * hands them to pages as `remarkPluginFrontmatter.scope`, for the build's cross-checks and the map.
 */
export default function remarkScope() {
  return (tree: Root, file: VFile) => {
    const { scope, problems } = extractScope(tree);
    failOnProblems(file, problems, 'scope');
    const found = scope.services.length + scope.regions.length + scope.edgeLocations.length;
    if (found === 0) return;
    addPluginData(file, { scope });
  };
}
