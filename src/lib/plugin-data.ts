import type { VFile } from 'vfile';
import type { ServiceDescription } from './extract-services.ts';
import type { Scope } from './extract-scope.ts';
import type { Block } from './report-blocks.ts';

/**
 * What our remark plugins derive from an MDX file and hand to its page as `remarkPluginFrontmatter`: the one
 * type both the writers (the plugins) and the reader (src/lib/assemble-periods.ts) use.
 */
export interface PluginData {
  /** Its paragraphs and list items with their ids (remark-block-ids). */
  blocks?: Block[];
  /** The ids of its headings (remark-heading-ids). */
  headings?: string[];
  /** The scope lists, in the one section that states them (remark-scope). */
  scope?: Scope;
  /** The services a category file describes (remark-services). */
  services?: ServiceDescription[];
}

/** Adds a plugin's findings to the file's data, beside its frontmatter, where Astro passes them on to the page. */
export function addPluginData(file: VFile, data: PluginData): void {
  file.data.astro ??= {};
  file.data.astro.frontmatter = { ...file.data.astro.frontmatter, ...data };
}

/**
 * The plugins' findings in a page's `remarkPluginFrontmatter` (Astro types it as a plain record; only
 * {@link addPluginData} writes these keys).
 */
export const pluginDataOf = (frontmatter: Record<string, unknown> | undefined): PluginData => (frontmatter ?? {}) as PluginData;
