/**
 * The import with the previous period as its guide (issue 18): sections and categories keep their keys, the
 * likely renames of services and of section keys are proposed (never applied), the previous period's search
 * aliases are carried for the services still in scope, and what /changes/ will say is summed up. Pure: the
 * command reads the previous period's folder (src/lib/import/previous-period.ts) and hands it here.
 */
import { formatChanges, summarizeChanges } from './changes-summary.ts';
import { importReportText, type Imported, type ImportOptions } from './import-report.ts';
import { categoryKeys, summarizePeriod, type PeriodSummary } from './previous-period.ts';

/** The previous period's summary, and its search-aliases.yaml when it has one. */
export type PreviousPeriod = PeriodSummary & { aliases?: string | undefined };

/** Imports `text` again with `previous` as the guide; `first` is its import without one (its categories). */
export function importGuided(
  text: string,
  options: ImportOptions,
  first: Imported,
  previous: PreviousPeriod,
): { imported?: Imported; errors: string[]; changes: string[] } {
  const categories = first.outline.parts.flatMap((p) =>
    p.kind === 'category' ? [{ title: p.title, services: p.services.map((s) => s.name) }] : [],
  );
  const keep = {
    ...options,
    sectionKeys: new Map(previous.sections.map((s) => [s.title, s.key])),
    categoryKeys: categoryKeys(previous, categories),
    paragraphStarts: previous.paragraphStarts,
  };
  const keyed = importReportText(text, keep);
  if (!keyed.imported) return { ...keyed, changes: [] };
  const now = summarizePeriod(keyed.imported.folder, keyed.imported.files)!;
  // report.yaml's by-link block is written commented out, for the publisher to complete: the outline knows.
  const summary = summarizeChanges(previous, { ...now, servicesByLink: keyed.imported.outline.servicesReference !== undefined });
  const result = importReportText(text, {
    ...keep,
    previousAliases: previous.aliases === undefined ? undefined : { folder: previous.folder, text: previous.aliases },
    proposedRenames: summary.services.proposedRenames,
    proposedSectionRenames: summary.sections.proposedRenames,
  });
  return { ...result, changes: formatChanges(summary, previous.folder) };
}
