/**
 * The only module that reads the content collections. It joins each period's files into a
 * checked Report (src/lib/report-model.ts) once, at build time, and fails the build on any problem.
 */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { ContentError } from './lib/content-problem.ts';
import type { ServiceDescription } from './lib/extract-services.ts';
import type { Scope } from './lib/extract-scope.ts';
import { leadSentence } from './lib/sentences.ts';
import { buildReport, type Report, type ReportPage } from './lib/report-model.ts';

type PageEntry = CollectionEntry<'sections'> | CollectionEntry<'categories'>;
type Rendered = Awaited<ReturnType<typeof render>>;

const periodOf = (id: string) => id.split('/')[0]!;
const slugOf = (id: string) => id.split('/').at(-1)!;
const fileOf = (entry: { filePath?: string | undefined; id: string }) => entry.filePath ?? entry.id;

const [reportEntries, sectionEntries, categoryEntries] = await Promise.all([
  getCollection('reports'),
  getCollection('sections'),
  getCollection('categories'),
]);

const rendered = new Map<string, Rendered>();
await Promise.all(
  [...sectionEntries, ...categoryEntries].map(async (entry) => rendered.set(entry.id, await render(entry))),
);
const pluginData = (id: string) => rendered.get(id)?.remarkPluginFrontmatter ?? {};

// The current period is the one that ends last; it owns the root URLs.
const byNewest = [...reportEntries].sort((a, b) => +b.data.period.end - +a.data.period.end);

/** Every report period, the current one first. */
export const reports: Report[] = byNewest.map((entry, i) => {
  const periodId = periodOf(entry.id);
  const ofPeriod = <T extends PageEntry>(list: T[]) => list.filter((e) => periodOf(e.id) === periodId);
  const { report, problems } = buildReport({
    periodId,
    basePath: i === 0 ? '' : `/${periodId}`,
    file: fileOf(entry),
    facts: entry.data,
    sections: ofPeriod(sectionEntries).map((e) => ({
      slug: slugOf(e.id),
      file: fileOf(e),
      title: e.data.title,
      titleFrom: e.data.titleFrom,
      lead: leadSentence(e.body ?? ''),
      scope: pluginData(e.id)['scope'] as Scope | undefined,
    })),
    categories: ofPeriod(categoryEntries).map((e) => ({
      slug: slugOf(e.id),
      file: fileOf(e),
      title: e.data.title,
      services: (pluginData(e.id)['services'] ?? []) as ServiceDescription[],
    })),
  });
  if (!report) throw new ContentError(problems);
  return report;
});
if (reports.length === 0) throw new ContentError([{ message: 'no report found: add content/<period>/report.yaml' }]);

/** The current report, at the site's root URLs. */
export const currentReport: Report = reports[0]!;

/** The report a URL path belongs to (its period prefix, or the current one). */
export function reportFor(pathname: string): Report {
  const first = pathname.split('/')[1] ?? '';
  return reports.find((r) => r.basePath === `/${first}`) ?? currentReport;
}

/** The compiled MDX of a page, rendered once for the whole build. */
export function contentOf(report: Report, page: ReportPage): Rendered {
  const id = `${report.periodId}/${page.kind === 'section' ? 'sections' : 'categories'}/${page.slug}`;
  return rendered.get(id)!;
}

/** The `[...period]` route parameter of a report: undefined for the current one. */
export const periodParam = (report: Report) => (report.basePath ? report.periodId : undefined);
