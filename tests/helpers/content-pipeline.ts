/**
 * The content pipeline without Astro, for unit tests over real (or deliberately broken) content: the same
 * steps a build takes, through the site's own code, in milliseconds instead of a build.
 *
 * 1. the early check of every file (src/lib/check-content-file.ts, as src/integrations/content-check.ts runs it);
 * 2. the remark plugins that derive the scope and the services (src/remark/), on each MDX file;
 * 3. the join and cross-checks of each period (src/lib/report-model.ts, as src/content.ts runs it).
 *
 * The build stops at the first step that finds a problem; so does this, and it gives the problems as the build
 * prints them: `file:line: message`.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { checkContentFile } from '../../src/lib/check-content-file.ts';
import { parseContentPath } from '../../src/lib/content-layout.ts';
import { formatProblems, type ContentProblem } from '../../src/lib/content-problem.ts';
import type { ServiceDescription } from '../../src/lib/extract-services.ts';
import type { Scope } from '../../src/lib/extract-scope.ts';
import type { Block } from '../../src/lib/report-blocks.ts';
import { buildReport, type Report } from '../../src/lib/report-model.ts';
import { leadSentence } from '../../src/lib/sentences.ts';
import { isCategoryFile } from '../../src/lib/content-layout.ts';
import remarkBlockIds from '../../src/remark/block-ids.ts';
import remarkScope from '../../src/remark/scope.ts';
import remarkServices from '../../src/remark/services.ts';
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
  reports: Report[];
}

/** Runs the pipeline over `files`, naming each file as `<prefix>/<path>` (the content folder, relative to the project). */
export async function runContent(files: ContentFiles, prefix = 'content'): Promise<PipelineResult> {
  const named = (path: string) => `${prefix}/${path}`;
  const early: ContentProblem[] = [];
  for (const [path, bytes] of files) {
    const where = parseContentPath(path);
    if (where) early.push(...checkContentFile(bytes, where).map((p) => ({ ...p, file: named(path) })));
  }
  if (early.length > 0) return { output: formatProblems(early), reports: [] };

  const periods = [...files.keys()].flatMap((p) => (parseContentPath(p)?.kind === 'reports' ? [parseContentPath(p)!.period] : []));
  const reports: Report[] = [];
  const problems: ContentProblem[] = [];
  for (const period of periods) {
    const yaml = files.get(`${period}/report.yaml`)!.toString('utf8');
    const facts = contentSchemas.reports.parse(parseFrontmatter(`---\n${yaml}\n---\n`).frontmatter);
    const sections = [];
    const categories = [];
    for (const [path, bytes] of files) {
      const where = parseContentPath(path);
      if (!where || where.period !== period || where.kind === 'reports' || where.kind === 'aliases') continue;
      const text = bytes.toString('utf8');
      const { frontmatter, content } = parseFrontmatter(text, { frontmatter: 'empty-with-lines' });
      const derived = await remarkData(named(path), content, frontmatter);
      if (typeof derived === 'string') return { output: derived, reports: [] };
      if (where.kind === 'sections') {
        const data = contentSchemas.sections.parse(frontmatter);
        sections.push({
          slug: where.slug!,
          file: named(path),
          title: data.title,
          titleFrom: data.titleFrom,
          lead: leadSentence(text),
          blocks: (derived['blocks'] ?? []) as Block[],
          scope: derived['scope'] as Scope | undefined,
        });
      } else {
        const data = contentSchemas.categories.parse(frontmatter);
        categories.push({
          slug: where.slug!,
          file: named(path),
          title: data.title,
          services: (derived['services'] ?? []) as ServiceDescription[],
        });
      }
    }
    const { report, problems: found } = buildReport({
      periodId: period,
      basePath: `/${period}`,
      latest: false,
      file: named(`${period}/report.yaml`),
      facts,
      sections,
      categories,
    });
    problems.push(...found);
    if (report) reports.push(report);
    // The search aliases, checked against the period's services as src/content.ts does.
    const aliasesPath = `${period}/search-aliases.yaml`;
    const aliasesText = files.get(aliasesPath)?.toString('utf8');
    if (report && aliasesText !== undefined) {
      const { aliases } = contentSchemas.aliases.parse(parseFrontmatter(`---\n${aliasesText}\n---\n`).frontmatter);
      problems.push(...checkAliases(aliases, report.services, named(aliasesPath), aliasesText));
    }
  }
  return { output: formatProblems(problems), reports };
}

/** What the remark plugins hand a page (its remarkPluginFrontmatter), or the error they stop the build with, as vfile prints it. */
async function remarkData(path: string, body: string, frontmatter: Record<string, unknown>): Promise<Record<string, unknown> | string> {
  const file = new VFile({ path, value: body, data: { astro: { frontmatter } } });
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkBlockIds).use(remarkScope).use(remarkServices, { isCategoryFile });
  try {
    await processor.run(processor.parse(file), file);
  } catch (error) {
    return String(error);
  }
  return file.data.astro?.frontmatter ?? {};
}
