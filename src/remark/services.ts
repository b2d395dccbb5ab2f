import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { addPluginData } from '../lib/plugin-data.ts';
import { extractServices } from '../lib/extract-services.ts';
import { failOnProblems } from './fail-on-problems.ts';

export interface RemarkServicesOptions {
  /** Which files are category files; the services are derived from these only. */
  isCategoryFile: (path: string) => boolean;
}

/**
 * Derives the services from a category file (`## Name` + paragraphs) and hands them to pages as
 * `remarkPluginFrontmatter.services`, so no service is ever typed twice. Fails the build on a malformed file.
 */
export default function remarkServices({ isCategoryFile }: RemarkServicesOptions) {
  return (tree: Root, file: VFile) => {
    if (!file.path || !isCategoryFile(file.path)) return;
    const { services, problems } = extractServices(tree);
    failOnProblems(file, problems, 'services');
    addPluginData(file, { services });
  };
}
