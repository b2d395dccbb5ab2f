/**
 * The content pipeline's last step, after the content layer has read and validated each file and our remark
 * plugins have derived what they derive: joins each period's files into its Report and the periods together.
 * src/content.ts runs it over the content collections; the content tests run it over files in memory.
 */
import { contentDir } from './content-layout.ts';
import type { ContentProblem } from './content-problem.ts';
import { orderPeriods } from './period-order.ts';
import { fieldLine, frontmatterLine } from './yaml-lines.ts';
import { joinPeriods, type Periods } from './periods.ts';
import type { PluginData } from './plugin-data.ts';
import { buildReport, type Report } from './report-model.ts';
import type { CategoryFrontmatter, ReportFacts, SectionFrontmatter } from '../schemas.ts';
import { leadSentence } from './sentences.ts';
import type { SourcePdf } from './report-source.ts';

/** An MDX file of a period: its place, its validated frontmatter, its text and what the plugins derived from it. */
export interface PartSource<F> {
  slug: string;
  file: string;
  data: F;
  /** The MDX text without its frontmatter. */
  body: string;
  /** The whole file's text, for the lines of messages about its frontmatter. */
  text: string;
  plugin: PluginData;
}

/** One period's files. */
export interface PeriodSource {
  /** The period folder, e.g. `2017-04-01--2017-09-30`. */
  periodId: string;
  /** Its `report.yaml`, for messages, and its text where known (for the line of a field). */
  file: string;
  /** That file's text, for the lines of messages. */
  text?: string | undefined;
  facts: ReportFacts;
  sections: PartSource<SectionFrontmatter>[];
  categories: PartSource<CategoryFrontmatter>[];
  /** The original PDF that report.yaml names, as read at build time (src/lib/report-source.ts). */
  pdf?: SourcePdf | undefined;
}

/** Every period's report, newest first, joined; or every problem found. */
export function assemblePeriods(sources: readonly PeriodSource[]): { periods?: Periods; problems: ContentProblem[] } {
  if (sources.length === 0) return { problems: [{ message: `no report found: add ${contentDir}/<period>/report.yaml` }] };
  // Newest first by the one rule (src/lib/period-order.ts): the latest's pages are also at the root URLs.
  const ordered = orderPeriods(
    sources.map((source) => ({
      ...source.facts.period,
      id: source.periodId,
      supersedes: source.facts.supersedes,
      file: source.file,
      line: fieldLine(source.text, [source.facts.supersedes ? 'supersedes' : 'period']),
      source,
    })),
  );
  if (!ordered.newestFirst) return { problems: ordered.problems };
  const byNewest = ordered.newestFirst.map((p) => p.source);
  const problems: ContentProblem[] = [];
  const reportOf = (source: PeriodSource, latest: boolean): Report | undefined => {
    const built = buildReport({
      periodId: source.periodId,
      latest,
      file: source.file,
      source: source.text,
      facts: source.facts,
      pdf: source.pdf,
      sections: source.sections.map(({ slug, file, data, body, text, plugin }) => ({
        slug,
        file,
        title: data.title,
        titleFrom: data.titleFrom,
        parent: data.parent,
        parentLine: frontmatterLine(text, ['parent']),
        auditorReport: data.kind === 'auditor-report',
        lead: leadSentence(body),
        blocks: plugin.blocks ?? [],
        headings: plugin.headings,
        scope: plugin.scope,
      })),
      categories: source.categories.map(({ slug, file, data, plugin }) => ({
        slug,
        file,
        title: data.title,
        services: plugin.services ?? [],
      })),
    });
    problems.push(...built.problems);
    return built.report;
  };
  // One Report per period; the root pages publish the latest one a second time.
  const reports = byNewest.map((source, i) => reportOf(source, i === 0));
  if (problems.length > 0) return { problems };
  return joinPeriods(reports as Report[]);
}
