/**
 * Where a page lives across periods. Every page of a period has a pinned URL (`/<period>/…`) whose text never
 * changes. The latest period's pages are also at the root URLs: these are canonical and the links shared by
 * default, while their pinned copies point to them as canonical until a newer period supersedes them. A
 * superseded period's page is canonical at its pinned URL and leads to the same page in the latest period, or,
 * where the latest has no such page, to what changed in the period after it (at its pinned URL, which stays the
 * same when a newer period comes). So a superseded page does not change when a newer period is added, unless the
 * page's lineage does (renamed, removed, or no longer listed by a latest report that gives services by link).
 */
import type { Periods } from './periods.ts';
import { sameSpan } from './period-span.ts';
import { pageUrl, type PageKey } from './urls.ts';
import { referenceOf } from './scope-reference.ts';
import type { ScopeReference } from '../schemas.ts';

export interface PageVersions {
  /** The page's pinned URL path. */
  pinned: string;
  /** The latest period's page at the root, for the latest period's pages. */
  root: string | undefined;
  /**
   * For a superseded period's page: the same page in the latest period, or the next period's "what changed";
   * `reissued` when the next report is this one's dates reissued (report.yaml `supersedes`).
   */
  latest: { path: string; samePage: boolean; notListed?: ScopeReference | undefined; reissued: boolean } | undefined;
  /** The URL search engines should index. */
  canonical: string;
  /** The link "Copy link" gives: the root URL for the latest period's pages, the pinned URL for older ones. */
  share: string;
}

/** A period's page in all its homes. */
export function pageVersions(periods: Periods, key: PageKey): PageVersions {
  const pinned = pageUrl(key, 'pinned');
  const root = pageUrl(key, 'root');
  if (key.period === periods.latest.periodId) return { pinned, root, latest: undefined, canonical: root, share: root };
  const same = periods.latestOf(key);
  // Where the latest has no such page: what changed in the next period, where the story of its going starts.
  const index = periods.pinned.findIndex((r) => r.periodId === key.period);
  const next = periods.pinned[index - 1]!;
  const changes = { period: next.periodId, kind: 'changes' } as const;
  const reissued = sameSpan(next.facts.period, periods.pinned[index]!.facts.period);
  const latest = same ? pageUrl(same, 'root') : pageUrl(changes, 'pinned');
  // A service (or its category) the latest report does not list because it gives its services by link did not leave: it leads there.
  const notListed =
    (key.kind === 'service' || key.kind === 'category') && !same ? referenceOf(periods.latest.facts, 'services') : undefined;
  if (notListed) {
    const catalog = pageUrl({ period: periods.latest.periodId, kind: 'catalog' }, 'root');
    return { pinned, root: undefined, latest: { path: catalog, samePage: false, notListed, reissued }, canonical: pinned, share: pinned };
  }
  return { pinned, root: undefined, latest: { path: latest, samePage: same !== undefined, reissued }, canonical: pinned, share: pinned };
}

/** The words of a superseded page's link to the latest report, for where it leads. */
export const latestLinkText = (latest: NonNullable<PageVersions['latest']>): string =>
  latest.notListed
    ? 'How the latest report gives its services'
    : latest.samePage
      ? 'This page in the latest report'
      : 'What changed in the next report';

/** A page of the whole site (not of a period): one home, nothing else. */
export const siteVersions = (path: string): PageVersions => ({
  pinned: path,
  root: undefined,
  latest: undefined,
  canonical: path,
  share: path,
});
