/**
 * The report periods together: every period at its pinned URLs (`/<period>/…`), the latest also at the root
 * URLs, and what ties them: each service's lineage across periods (the same slug, or a rename the newer period
 * declares in its report.yaml), what changed from each period to the next, and for a root URL that the latest
 * period no longer has, where it leads now. "Previous" and "next" are by the periods' dates (src/lib/period-order.ts),
 * never by when the site published them: a backfilled earlier period is compared with, and renamed from, by the
 * period after it.
 */
import { compareReports, firstPeriod, type PeriodChanges } from './changes.ts';
import type { ContentProblem } from './content-problem.ts';
import type { Report, SectionPage, Service } from './report-model.ts';
import { periodCoverage, type PeriodCoverage } from './period-span.ts';
import { compareSections, type SectionChanges } from './section-changes.ts';
import { sectionLineage } from './section-lineage.ts';
import type { PartKind } from './part-kinds.ts';
import { lists, withListing } from './scope-reference.ts';
import { pageUrl, type PageKey } from './urls.ts';
import { editDistance } from './search-words.ts';
import { valueLine } from './yaml-lines.ts';

/** A service in one period's scope, as the history of a service lists it. */
export interface InScope {
  report: Report;
  service: Service;
}

/** A root URL the latest period no longer has: it redirects (a renamed service) or says where the page went. */
export type GonePage =
  | {
      kind: 'renamed';
      key: PageKey;
      path: string;
      to: string;
      /** What it was called, and is called now (a service's name, a section's heading). */
      from: { name: string };
      now: { name: string };
      what: 'service' | PartKind;
    }
  | {
      kind: 'removed';
      /** The page in the period it was last read from; its root URL is `path`. */
      key: PageKey;
      path: string;
      title: string;
      what: 'service' | PartKind;
      last: Report;
      lastUrl: string;
      leftIn: Report;
    };

export interface Periods {
  /** Every period's report, newest first: each published at its pinned URLs. */
  pinned: Report[];
  /** The latest period (the first of `pinned`), whose pages the root URLs publish again. */
  latest: Report;
  /** What changed in each period against the one before it by date; the earliest's says it is the earliest. */
  changes: Map<string, PeriodChanges>;
  /** The periods whose scope included a service (following renames), newest first. */
  historyOf(report: Report, service: Service): InScope[];
  /** The same page in the latest period, for a page of any period; undefined where the latest has no such page. */
  latestOf(key: PageKey): PageKey | undefined;
  /** Root URLs of pages that older periods had and the latest does not. */
  gone: GonePage[];
  /** Sections added, removed, renamed and moved in each period against the one before (src/lib/section-changes.ts). */
  sectionChanges: Map<string, SectionChanges>;
  /** What each period covers against the one before it, for /reports/ and the period notices. */
  coverage: Map<string, PeriodCoverage>;
}

const key = (report: Report, service: Service) => `${report.periodId} ${service.slug}`;

/**
 * What to write as a rename's `from` that names no service of the previous period: the name there it is a slip
 * of, or else the previous period's services this one no longer lists (a rename's old name is one of them).
 */
function renameHint(from: string, previous: Report, report: Report): string {
  const gone = previous.services.filter((s) => !report.services.some((t) => t.name === s.name)).map((s) => s.name);
  const max = Math.max(2, Math.floor(from.length / 5));
  const near = gone
    .map((name) => ({ name, edits: editDistance(from.toLowerCase(), name.toLowerCase(), max) }))
    .filter((c) => c.edits <= max)
    .sort((a, b) => a.edits - b.edits)[0];
  if (near) return `did you mean "${near.name}"? Use its name there, exactly`;
  if (gone.length === 0) return 'every service it lists is still in this period, so none was renamed: remove the rename';
  const listed = gone.slice(0, 8).map((name) => `"${name}"`);
  return `use its name there, exactly; the services it lists that this period does not are ${listed.join(', ')}${gone.length > 8 ? ` and ${gone.length - 8} more` : ''}`;
}

/**
 * Joins the periods (newest first; the latest is also at the root) and checks the renames each declares:
 * the old name must be a service of the previous period and gone from this one, the new name a service of this one.
 * A rename's problem is placed at its line in the report.yaml's text (`Report.source`), where known.
 */
export function joinPeriods(pinned: readonly Report[]): { periods?: Periods; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const oldestFirst = [...pinned].reverse();
  const lineage = new Map<string, string>();
  oldestFirst.forEach((report, i) => {
    // A period that gives its services by link has none to follow: lineage and renames go to the last that listed them.
    const previous = oldestFirst
      .slice(0, i)
      .reverse()
      .find((r) => lists(r.facts, 'services'));
    const renames = report.facts.site.renames;
    const text = report.source || undefined;
    for (const { from, to } of renames) {
      const where = `site.renames ("${from}" → "${to}")`;
      const problem = (message: string, field: 'from' | 'to' = 'from') =>
        problems.push({
          file: report.file,
          line: text === undefined ? undefined : valueLine(text, field, field === 'from' ? from : to),
          message: `${where}: ${message}`,
        });
      if (!previous)
        problem(
          'this is the earliest period, with no earlier one to rename from: remove it (a rename between two periods goes in the newer one)',
        );
      else if (!previous.services.some((s) => s.name === from))
        problem(`"${from}" is not a service of the previous period (${previous.periodId}): ${renameHint(from, previous, report)}`);
      if (!report.services.some((s) => s.name === to))
        problem(`"${to}" is not a service of this period: use its name in this period's scope, exactly`, 'to');
      if (report.services.some((s) => s.name === from))
        problem(`"${from}" is still a service of this period, so it was not renamed: remove the rename`);
    }
    for (const service of report.services) {
      const renamedFrom = renames.find((r) => r.to === service.name)?.from;
      const before = previous?.services.find((s) => (renamedFrom ? s.name === renamedFrom : s.slug === service.slug));
      lineage.set(key(report, service), before && previous ? lineage.get(key(previous, before))! : key(report, service));
    }
  });
  const sections = sectionLineage(oldestFirst);
  problems.push(...sections.problems);
  if (problems.length > 0) return { problems };
  /** A section's page in another period, following its lineage. */
  const sectionIn = (report: Report, slug: string | undefined, of: Report) => {
    const page = report.pages.find((p): p is SectionPage => p.kind === 'section' && p.slug === slug);
    return page && sections.lineage.inReport(report, page, of);
  };

  const lineageOf = (report: Report, service: Service) => lineage.get(key(report, service)) ?? key(report, service);
  // Looked up for every page of every period: by key, so the work grows with the pages, not with their square.
  const byPeriod = new Map(pinned.map((p) => [p.periodId, p]));
  const latest = pinned[0]!;
  const changes = new Map(
    oldestFirst.map((report, i) => [
      report.periodId,
      i === 0
        ? firstPeriod(report.periodId)
        : withListing(
            compareReports(oldestFirst[i - 1]!, report, lineageOf, (page) => sectionIn(report, page.slug, oldestFirst[i - 1]!)),
            oldestFirst[i - 1]!,
            report,
          ),
    ]),
  );
  const sectionChanges = new Map(
    oldestFirst.map((report, i) => [report.periodId, compareSections(oldestFirst[i - 1], report, sections.lineage)]),
  );

  const coverage = new Map(pinned.map((report, i) => [report.periodId, periodCoverage(report.facts.period, pinned[i + 1]?.facts.period)]));

  const lines = new Map<string, InScope[]>();
  for (const r of pinned) {
    for (const s of r.services) {
      const line = lineageOf(r, s);
      lines.set(line, [...(lines.get(line) ?? []), { report: r, service: s }]);
    }
  }
  const historyOf = (report: Report, service: Service): InScope[] => lines.get(lineageOf(report, service)) ?? [];

  const latestOf = (key: PageKey): PageKey | undefined => {
    const report = byPeriod.get(key.period);
    if (!report) return undefined;
    if (key.kind === 'service') {
      const s = report.services.find((x) => x.slug === key.slug);
      return s && latest.services.find((x) => lineageOf(latest, x) === lineageOf(report, s))?.key;
    }
    if (key.kind === 'section') return sectionIn(report, key.slug, latest)?.key;
    if (key.kind === 'category') return latest.pages.find((p) => p.kind === key.kind && p.slug === key.slug)?.key;
    return { ...key, period: latest.periodId };
  };

  const gone: GonePage[] = [];
  const pageId = (key: PageKey) => `${key.kind} ${key.slug ?? ''}`;
  const seen = new Set([...latest.pages, ...latest.services].map((p) => pageId(p.key)));
  for (const report of pinned.slice(1)) {
    for (const service of report.services) {
      if (seen.has(pageId(service.key))) continue;
      seen.add(pageId(service.key));
      const path = pageUrl(service.key, 'root');
      const to = latestOf(service.key);
      const now = to && latest.services.find((s) => s.slug === to.slug);
      if (now) gone.push({ kind: 'renamed', key: service.key, path, to: pageUrl(now.key, 'root'), from: service, now, what: 'service' });
      else
        gone.push({
          kind: 'removed',
          key: service.key,
          path,
          title: service.name,
          what: 'service',
          ...lastHome(report, (r) => r.services.find((s) => lineageOf(r, s) === lineageOf(report, service))?.url),
        });
    }
    for (const page of report.pages) {
      if (seen.has(pageId(page.key))) continue;
      seen.add(pageId(page.key));
      // A section whose key was renamed: its old address leads to its page under the new key.
      const now = page.kind === 'section' ? sectionIn(report, page.slug, latest) : undefined;
      if (now) {
        const path = pageUrl(page.key, 'root');
        gone.push({
          kind: 'renamed',
          key: page.key,
          path,
          to: pageUrl(now.key, 'root'),
          from: { name: page.title },
          now: { name: now.title },
          what: 'section',
        });
        continue;
      }
      gone.push({
        kind: 'removed',
        key: page.key,
        path: pageUrl(page.key, 'root'),
        title: page.title,
        what: page.kind,
        ...lastHome(report, (r) =>
          page.kind === 'section'
            ? sectionIn(report, page.slug, r)?.url
            : r.pages.find((p) => p.kind === page.kind && p.slug === page.slug)?.url,
        ),
      });
    }
  }

  /** The newest period that still had the page, and the first one after it without it. */
  function lastHome(from: Report, urlIn: (r: Report) => string | undefined): { last: Report; lastUrl: string; leftIn: Report } {
    const i = pinned.findIndex((r) => urlIn(r) !== undefined);
    const last = pinned[i] ?? from;
    return { last, lastUrl: urlIn(last) ?? from.basePath, leftIn: pinned[Math.max(0, i - 1)]! };
  }

  return { periods: { pinned: [...pinned], latest, changes, historyOf, latestOf, gone, sectionChanges, coverage }, problems };
}
