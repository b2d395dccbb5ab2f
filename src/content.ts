/**
 * The only module that reads the content collections. It joins each period's files into a checked Report
 * (src/lib/report-model.ts) once, at build time, fails the build on any problem, and keeps each page's
 * compiled MDX for the route data (src/route-data.ts), which is the only module that imports this one.
 */
import { readFileSync } from 'node:fs';
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { contentDir, parseEntryId } from './lib/content-layout.ts';
import { ContentError } from './lib/content-problem.ts';
import type { ServiceDescription } from './lib/extract-services.ts';
import type { Scope } from './lib/extract-scope.ts';
import { leadSentence } from './lib/sentences.ts';
import { joinPeriods, type Periods } from './lib/periods.ts';
import { checkAliases, type Aliases } from './lib/search-names.ts';
import type { Block } from './lib/report-blocks.ts';
import { buildReport, type Report, type ReportPage } from './lib/report-model.ts';

type Rendered = Awaited<ReturnType<typeof render>>;
type Entry = CollectionEntry<'reports' | 'sections' | 'categories' | 'aliases'>;

const fileOf = (entry: Entry) => entry.filePath ?? entry.id;

const [reportEntries, sectionEntries, categoryEntries, aliasEntries] = await Promise.all([
  getCollection('reports'),
  getCollection('sections'),
  getCollection('categories'),
  getCollection('aliases'),
]);

/** Each MDX file with its place in the content layout and its compiled content, rendered once for the whole build. */
const withContent = <E extends CollectionEntry<'sections'> | CollectionEntry<'categories'>>(
  kind: 'sections' | 'categories',
  entries: E[],
) => Promise.all(entries.map(async (entry) => ({ ...parseEntryId(kind, entry.id), entry, rendered: await render(entry) })));
const [sectionFiles, categoryFiles] = await Promise.all([
  withContent('sections', sectionEntries),
  withContent('categories', categoryEntries),
]);
const pluginData = (rendered: Rendered) => rendered.remarkPluginFrontmatter ?? {};

const contents = new WeakMap<ReportPage, Rendered>();

// Newest first: the period that ends last is the latest, whose pages are also at the root URLs.
const byNewest = [...reportEntries].sort((a, b) => +b.data.period.end - +a.data.period.end);
if (byNewest.length === 0) throw new ContentError([{ message: `no report found: add ${contentDir}/<period>/report.yaml` }]);

/** One period's report at a base path: `/<period>` (pinned) or '' (the root, for the latest). */
function reportAt(entry: CollectionEntry<'reports'>, basePath: string, latest: boolean): Report {
  const { period } = parseEntryId('reports', entry.id);
  const sections = sectionFiles.filter((f) => f.period === period);
  const categories = categoryFiles.filter((f) => f.period === period);
  const { report, problems } = buildReport({
    periodId: period,
    basePath,
    latest,
    file: fileOf(entry),
    facts: entry.data,
    sections: sections.map(({ slug, entry: e, rendered }) => ({
      slug: slug!,
      file: fileOf(e),
      title: e.data.title,
      titleFrom: e.data.titleFrom,
      lead: leadSentence(e.body ?? ''),
      blocks: (pluginData(rendered)['blocks'] ?? []) as Block[],
      scope: pluginData(rendered)['scope'] as Scope | undefined,
    })),
    categories: categories.map(({ slug, entry: e, rendered }) => ({
      slug: slug!,
      file: fileOf(e),
      title: e.data.title,
      services: (pluginData(rendered)['services'] ?? []) as ServiceDescription[],
    })),
  });
  if (!report) throw new ContentError(problems);
  for (const page of report.pages) {
    const source = (page.kind === 'section' ? sections : categories).find((f) => f.slug === page.slug);
    if (source) contents.set(page, source.rendered);
  }
  return report;
}

const joined = joinPeriods(
  byNewest.map((entry, i) => reportAt(entry, `/${parseEntryId('reports', entry.id).period}`, i === 0)),
  reportAt(byNewest[0]!, '', true),
);
if (!joined.periods) throw new ContentError(joined.problems);

/** Every report period and what ties them together: pinned reports, the latest at the root, changes, histories. */
export const periods: Periods = joined.periods;

/** Each period's search aliases (`<period>/search-aliases.yaml`, optional), checked against its services. */
const aliasesByPeriod = new Map<string, Aliases>();
for (const entry of aliasEntries) {
  const { period } = parseEntryId('aliases', entry.id);
  const report = periods.pinned.find((r) => r.periodId === period);
  const file = fileOf(entry);
  const problems = report ? checkAliases(entry.data.aliases, report.services, file, readFileSync(file, 'utf8')) : [];
  if (problems.length > 0) throw new ContentError(problems);
  aliasesByPeriod.set(period, entry.data.aliases);
}

/** The search aliases of a period's services, by service name. */
export const aliasesOf = (report: Report): Aliases => aliasesByPeriod.get(report.periodId) ?? {};

/** The compiled MDX of a page of one of the reports. */
export function contentOf(page: ReportPage): Rendered {
  const rendered = contents.get(page);
  if (!rendered) throw new Error(`no compiled content for ${page.file}`);
  return rendered;
}
