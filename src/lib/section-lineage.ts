/**
 * A section across periods: the same key (file name) in the next period is the same section, whatever its
 * heading; a key renamed in the newer period's `site.sectionRenames` continues the older one's line. Checks the
 * renames as services' are checked (src/lib/periods.ts): the old key must be a section of the previous period
 * and gone from this one, the new key a section of this one.
 */
import { valueLine } from './yaml-lines.ts';
import type { ContentProblem } from './content-problem.ts';
import type { Report, SectionPage } from './report-model.ts';

const sectionsOf = (report: Report): SectionPage[] => report.pages.filter((p): p is SectionPage => p.kind === 'section');
const id = (report: Report, slug: string) => `${report.periodId} ${slug}`;

export interface SectionLineage {
  /** The lineage of a section: the same for a section and its successors in later periods. */
  lineageOf(report: Report, section: SectionPage): string;
  /** The section of `report` in the same lineage as `section` (of any period), if it has one. */
  inReport(report: Report, section: SectionPage, of: Report): SectionPage | undefined;
}

/** Each section's lineage over the periods (oldest first), or the problems of the renames. */
export function sectionLineage(oldestFirst: readonly Report[]): { lineage: SectionLineage; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const lines = new Map<string, string>();
  oldestFirst.forEach((report, i) => {
    const previous = oldestFirst[i - 1];
    const renames = report.facts.site.sectionRenames;
    const has = (r: Report | undefined, slug: string) => r !== undefined && sectionsOf(r).some((s) => s.slug === slug);
    for (const { from, to } of renames) {
      const problem = (message: string) =>
        problems.push({
          file: report.file,
          line: valueLine(report.source, 'from', from) ?? 1,
          message: `site.sectionRenames ("${from}" → "${to}"): ${message}`,
        });
      if (!previous) problem('this is the first period, with no previous one to rename from: remove it');
      else if (!has(previous, from))
        problem(`"${from}" is not a section of the previous period (${previous.periodId}): use its file name there, without .mdx`);
      if (!has(report, to)) problem(`"${to}" is not a section of this period: use the file name of one of its sections, without .mdx`);
      if (has(report, from)) problem(`"${from}" is still a section of this period, so it was not renamed: remove the rename`);
    }
    for (const section of sectionsOf(report)) {
      const before = renames.find((r) => r.to === section.slug)?.from ?? section.slug;
      lines.set(id(report, section.slug), previous && has(previous, before) ? lines.get(id(previous, before))! : id(report, section.slug));
    }
  });
  const lineageOf = (report: Report, section: SectionPage) => lines.get(id(report, section.slug)) ?? id(report, section.slug);
  return {
    lineage: {
      lineageOf,
      inReport: (report, section, of) => sectionsOf(of).find((s) => lineageOf(of, s) === lineageOf(report, section)),
    },
    problems,
  };
}
