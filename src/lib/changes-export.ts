/**
 * `/changes.json` (and `/<period>/changes.json`): what changed in a period against the one before, as its
 * "What changed" page shows it (URLs absolute where the site has a public URL). Names and words are the reports'; the rest is the site's.
 */
import type { PeriodChanges, ServiceRef, TextChange } from './changes.ts';
import type { Length } from './period-span.ts';
import type { Periods } from './periods.ts';
import type { PeriodSpanChange, SpanWithLength } from './report-changes.ts';
import { isoDate } from './report-facts.ts';
import { referenceRecord } from './scope-reference.ts';
import { sectionListRecord } from './section-changes-export.ts';
import { exportedUrl } from './urls.ts';

const periodOf = (periods: Periods, id: string | undefined) => {
  const report = periods.pinned.find((r) => r.periodId === id);
  return report ? { id: report.periodId, start: isoDate(report.facts.period.start), end: isoDate(report.facts.period.end) } : null;
};

/** A length as JSON: `months` is null where the period is no whole number of months. */
const lengthRecord = ({ days, months }: Length) => ({ days, months: months ?? null });
const spanRecord = (s: SpanWithLength | undefined) => (s ? { start: isoDate(s.start), end: isoDate(s.end), ...lengthRecord(s) } : null);
const coverageRecord = (s: PeriodSpanChange) => ({
  length: lengthRecord(s.length),
  previousLength: lengthRecord(s.previousLength),
  lengthChanged: s.lengthChanged,
  overlap: spanRecord(s.overlap),
  gap: spanRecord(s.gap),
});

export function changesRecord(changes: PeriodChanges, periods: Periods, site: URL | string | undefined) {
  const abs = ({ name, slug, category, url }: ServiceRef) => ({ name, slug, category, url: exportedUrl(url, site) });
  const text = ({ title, url, olderUrl, blocks }: TextChange) => ({
    title,
    url: exportedUrl(url, site),
    olderUrl: exportedUrl(olderUrl, site),
    blocks,
  });
  return {
    period: periodOf(periods, changes.period),
    /** null for the earliest period on the site. */
    previous: periodOf(periods, changes.previous),
    services: {
      added: changes.services.added.map(abs),
      removed: changes.services.removed.map(abs),
      renamed: changes.services.renamed.map(({ from, to }) => ({ from: abs(from), to: abs(to) })),
      /** Described under another category (`category` of each says which); a service renamed too is also in `renamed`. */
      moved: changes.moved.map(({ from, to }) => ({ from: abs(from), to: abs(to) })),
    },
    categories: changes.categories,
    regions: changes.regions,
    edgeLocations: changes.edgeLocations,
    descriptions: changes.descriptions.map(text),
    sections: changes.sections.map(text),
    /** The trust services criteria added and removed (names as report.yaml lists them). */
    criteria: changes.criteria,
    /** null when both reports cite the same framework; else both, and word by word as `blocks` give words. */
    framework: changes.framework ?? null,
    /** The period against the previous one (days counted first and last included); null for the first period. */
    coverage: changes.span ? coverageRecord(changes.span) : null,
    /** Scope lists given by link from this period (`by-link`), or listed again (`listed-again`), with the reference. */
    listing: changes.listing.map(({ list, change, reference }) => ({ list, change, reference: referenceRecord(reference) })),
    sectionList: sectionListRecord(periods.sectionChanges.get(changes.period), site),
  };
}
