/**
 * Where a page lives across periods. Every page of a period has a pinned URL (`/<period>/…`) whose text never
 * changes. The latest period's pages are also at the root URLs: these are canonical and the links shared by
 * default, while their pinned copies point to them as canonical until a newer period supersedes them. A
 * superseded period's page is canonical at its pinned URL and leads to the same page in the latest period, or,
 * where the latest has no such page, to what changed in the period after it.
 */
import type { Periods } from './periods.ts';
import type { Report } from './report-model.ts';
import { changesUrl, pinnedBase } from './urls.ts';

export interface PageVersions {
  /** The page's pinned URL path. */
  pinned: string;
  /** The latest period's page at the root, for the latest period's pages. */
  root: string | undefined;
  /** For a superseded period's page: the same page in the latest period, or that period's "what changed". */
  latest: { path: string; samePage: boolean } | undefined;
  /** The URL search engines should index. */
  canonical: string;
  /** The link "Copy link" gives: the root URL for the latest period's pages, the pinned URL for older ones. */
  share: string;
}

/** The page at `path` (under `report`'s base path) in its other homes. */
export function pageVersions(periods: Periods, report: Report, path: string): PageVersions {
  const rest = path.slice(report.basePath.length);
  const pinned = `${pinnedBase(report.periodId)}${rest}`;
  if (report.latest) return { pinned, root: rest, latest: undefined, canonical: rest, share: rest };
  const same = periods.latestPathOf(report, path);
  // Where the latest has no such page: what changed in the next period, where the story of its going starts.
  const next = periods.pinned[periods.pinned.findIndex((r) => r.periodId === report.periodId) - 1]!;
  const changes = changesUrl(next.latest ? '' : pinnedBase(next.periodId));
  return { pinned, root: undefined, latest: { path: same ?? changes, samePage: same !== undefined }, canonical: pinned, share: pinned };
}
