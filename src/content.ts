/**
 * The only module that reads the content collections. It hands each period's files to the content pipeline
 * (src/lib/assemble-periods.ts), which joins them into checked Reports once, at build time; it fails the build
 * on any problem, and keeps each page's compiled MDX for the route data (src/route-data.ts), which is the only
 * module that imports this one.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { assemblePeriods, type PartSource } from './lib/assemble-periods.ts';
import { parseEntryId } from './lib/content-layout.ts';
import { ContentError } from './lib/content-problem.ts';
import type { Periods } from './lib/periods.ts';
import { pluginDataOf } from './lib/plugin-data.ts';
import { describePdf } from './lib/report-source.ts';
import type { Report, ReportPage } from './lib/report-model.ts';
import { checkAliases, type Aliases } from './lib/search-names.ts';

type Rendered = Awaited<ReturnType<typeof render>>;
type Entry = CollectionEntry<'reports' | 'sections' | 'categories' | 'aliases'>;

const fileOf = (entry: Entry) => entry.filePath ?? entry.id;

const [reportEntries, sectionEntries, categoryEntries, aliasEntries] = await Promise.all([
  getCollection('reports'),
  getCollection('sections'),
  getCollection('categories'),
  getCollection('aliases'),
]);

/** The compiled MDX of each file, rendered once for the whole build. */
const rendered = new Map<string, Rendered>();

/** Each MDX file as the pipeline takes it, with its period. */
const sourcesOf = <E extends CollectionEntry<'sections'> | CollectionEntry<'categories'>>(kind: 'sections' | 'categories', entries: E[]) =>
  Promise.all(
    entries.map(async (entry) => {
      const { period, slug } = parseEntryId(kind, entry.id);
      const compiled = await render(entry);
      rendered.set(fileOf(entry), compiled);
      const source: PartSource<E['data']> = {
        slug: slug!,
        file: fileOf(entry),
        data: entry.data,
        body: entry.body ?? '',
        text: readFileSync(fileOf(entry), 'utf8'),
        plugin: pluginDataOf(compiled.remarkPluginFrontmatter),
      };
      return { period, source };
    }),
  );
const [sections, categories] = await Promise.all([sourcesOf('sections', sectionEntries), sourcesOf('categories', categoryEntries)]);

const assembled = assemblePeriods(
  reportEntries.map((entry) => {
    const { period } = parseEntryId('reports', entry.id);
    const of = <S>(files: { period: string; source: S }[]) => files.filter((f) => f.period === period).map((f) => f.source);
    const file = fileOf(entry);
    // The original PDF, read once: the early content check has made sure it is there and is a PDF.
    const pdfName = entry.data.source?.pdf;
    const pdfFile = pdfName && join(dirname(file), pdfName);
    const pdf = pdfFile ? describePdf(period, pdfFile, pdfName, readFileSync(pdfFile)) : undefined;
    return {
      periodId: period,
      file,
      text: readFileSync(file, 'utf8'),
      facts: entry.data,
      pdf,
      sections: of(sections),
      categories: of(categories),
    };
  }),
);
if (!assembled.periods) throw new ContentError(assembled.problems);

/** Every report period and what ties them together: pinned reports, the latest at the root, changes, histories. */
export const periods: Periods = assembled.periods;

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
  const compiled = rendered.get(page.file);
  if (!compiled) throw new Error(`no compiled content for ${page.file}`);
  return compiled;
}
