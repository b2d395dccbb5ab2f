/**
 * `/changes.json` (and `/<period>/changes.json`): what changed in a period against the one before, as its
 * "What changed" page shows it (URLs absolute where the site has a public URL). Names and words are the reports'; the rest is the site's.
 */
import type { PeriodChanges, ServiceRef, TextChange } from './changes.ts';
import type { Periods } from './periods.ts';
import { isoDate } from './report-facts.ts';
import { exportedUrl } from './urls.ts';

const periodOf = (periods: Periods, id: string | undefined) => {
  const report = periods.pinned.find((r) => r.periodId === id);
  return report ? { id: report.periodId, start: isoDate(report.facts.period.start), end: isoDate(report.facts.period.end) } : null;
};

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
    },
    categories: changes.categories,
    regions: changes.regions,
    edgeLocations: changes.edgeLocations,
    descriptions: changes.descriptions.map(text),
    sections: changes.sections.map(text),
  };
}
