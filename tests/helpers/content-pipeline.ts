/**
 * The content pipeline without Astro, for unit tests over real (or deliberately broken) content: the same
 * steps a build takes, through the site's own code, in milliseconds instead of a build.
 *
 * 1. the early check of every file (checkContentFiles in src/lib/check-content-file.ts, which src/integrations/content-check.ts runs);
 * 2. each file's frontmatter validated by its schema, as the content layer does, and the site's remark plugins
 *    (src/remark/plugins.ts, the build's own list) on each MDX file;
 * 3. the join and cross-checks of each period and of the periods together (src/lib/assemble-periods.ts, which
 *    src/content.ts runs in a build).
 *
 * The build stops at the first step that finds a problem; so does this, and it gives the problems as the build
 * prints them: `file:line: message`.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { assemblePeriods, type PeriodSource } from '../../src/lib/assemble-periods.ts';
import { checkContentFiles } from '../../src/lib/check-content-file.ts';
import { parseContentPath } from '../../src/lib/content-layout.ts';
import { formatProblems } from '../../src/lib/content-problem.ts';
import { pluginDataOf, type PluginData } from '../../src/lib/plugin-data.ts';
import type { Report } from '../../src/lib/report-model.ts';
import { remarkPlugins } from '../../src/remark/plugins.ts';
import { checkAliases } from '../../src/lib/search-names.ts';
import { contentSchemas } from '../../src/schemas.ts';
import { projectRoot } from './paths.ts';

/** Content files by their path relative to the content folder, as bytes. */
export type ContentFiles = Map<string, Buffer>;

/** Every file of a content folder (default: the real content). */
export function readContent(dir = join(projectRoot, 'content')): ContentFiles {
  const files: ContentFiles = new Map();
  for (const path of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const full = join(dir, path);
    if (statSync(full).isFile()) files.set(path.split('\\').join('/'), readFileSync(full));
  }
  return files;
}

/** A period folder's files without the site's own data (its search aliases): what a report gives. */
export const reportFiles = (files: ContentFiles): ContentFiles =>
  new Map([...files].filter(([path]) => parseContentPath(`p/${path}`)?.kind !== 'aliases'));

/**
 * What the publisher records in report.yaml from the PDF itself, which the report's text does not have (the
 * assertion's date printed on page 4, what the text leaves out of the PDF): an import of the text cannot give it.
 */
export const recordedFromThePdf = /# What the PDF prints of the report itself\.[\s\S]*?(?=# The report's reading order)/;

/** A period folder as an import of its text gives it back: its report's files, without what was recorded from the PDF. */
export function importableFiles(files: ContentFiles): ContentFiles {
  const report = reportFiles(files);
  const yaml = report.get('report.yaml');
  return yaml ? report.set('report.yaml', Buffer.from(yaml.toString('utf8').replace(recordedFromThePdf, ''))) : report;
}

/** Edits one file's text: exactly one occurrence of `from` must be there (a test that edits nothing must fail). */
export function replaceIn(files: ContentFiles, path: string, from: string | RegExp, to: string): ContentFiles {
  const text = files.get(path)?.toString('utf8');
  if (text === undefined) throw new Error(`no content file ${path}`);
  const count =
    typeof from === 'string'
      ? text.split(from).length - 1
      : (text.match(new RegExp(from.source, `${from.flags.replace('g', '')}g`)) ?? []).length;
  if (count !== 1) throw new Error(`expected exactly one ${String(from)} in ${path}, found ${count}`);
  return new Map(files).set(path, Buffer.from(text.replace(from, to)));
}

export interface PipelineResult {
  /** The problems as the build prints them, one `file:line: message` a line; '' when there are none. */
  output: string;
  /** The periods' reports, newest first (at their pinned URLs). */
  reports: Report[];
}

/** Runs the pipeline over `files`, naming each file as `<prefix>/<path>` (the content folder, relative to the project). */
export async function runContent(files: ContentFiles, prefix = 'content'): Promise<PipelineResult> {
  const named = (path: string) => `${prefix}/${path}`;
  const early = checkContentFiles(files, prefix);
  if (early.length > 0) return { output: formatProblems(early), reports: [] };

  // What the content layer does in a build: each file's frontmatter validated by its schema, then the remark plugins.
  const sources = new Map<string, PeriodSource>();
  for (const [path, bytes] of files) {
    const where = parseContentPath(path);
    if (where?.kind !== 'reports') continue;
    const yaml = bytes.toString('utf8');
    const facts = contentSchemas.reports.parse(parseFrontmatter(`---\n${yaml}\n---\n`).frontmatter);
    sources.set(where.period, { periodId: where.period, file: named(path), text: yaml, facts, sections: [], categories: [] });
  }
  for (const [path, bytes] of files) {
    const where = parseContentPath(path);
    const period = where && sources.get(where.period);
    if (!where || !period || where.kind === 'reports' || where.kind === 'aliases') continue;
    const { frontmatter, content } = parseFrontmatter(bytes.toString('utf8'), { frontmatter: 'empty-with-lines' });
    const plugin = await remarkData(named(path), content, frontmatter);
    if (typeof plugin === 'string') return { output: plugin, reports: [] };
    const part = { slug: where.slug!, file: named(path), body: content, text: bytes.toString('utf8'), plugin };
    if (where.kind === 'sections') period.sections.push({ ...part, data: contentSchemas.sections.parse(frontmatter) });
    else period.categories.push({ ...part, data: contentSchemas.categories.parse(frontmatter) });
  }
  const { periods, problems } = assemblePeriods([...sources.values()]);
  // The search aliases, checked against the period's services as src/content.ts does.
  for (const report of periods?.pinned ?? []) {
    const aliasesPath = `${report.periodId}/search-aliases.yaml`;
    const aliasesText = files.get(aliasesPath)?.toString('utf8');
    if (aliasesText === undefined) continue;
    const { aliases } = contentSchemas.aliases.parse(parseFrontmatter(`---\n${aliasesText}\n---\n`).frontmatter);
    problems.push(...checkAliases(aliases, report.services, named(aliasesPath), aliasesText));
  }
  return { output: formatProblems(problems), reports: periods?.pinned ?? [] };
}

/** What the remark plugins hand a page (its remarkPluginFrontmatter), or the error they stop the build with, as vfile prints it. */
async function remarkData(path: string, body: string, frontmatter: Record<string, unknown>): Promise<PluginData | string> {
  const file = new VFile({ path, value: body, data: { astro: { frontmatter } } });
  // GFM (tables) as the build's MDX has it by default (Astro's markdown.gfm).
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkPlugins);
  try {
    await processor.run(processor.parse(file), file);
  } catch (error) {
    return String(error);
  }
  return pluginDataOf(file.data.astro?.frontmatter);
}
