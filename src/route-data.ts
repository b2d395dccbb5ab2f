/**
 * The route data of every page, for every report period: what each page shows, handed to it once as
 * `props.route` by its route's getStaticPaths (and to MDX components as `Astro.locals.route`, by
 * src/middleware.ts). Routes stay thin; layouts and components receive what they show and read nothing.
 *
 * Each period is published at its pinned URLs (`/<period>/…`); the latest is published again at the root.
 */
import { aliasesOf, contentOf, periods } from './content.ts';
import type { PeriodChanges } from './lib/changes.ts';
import { pageVersions, siteVersions, type PageVersions } from './lib/page-versions.ts';
import type { GonePage, Periods } from './lib/periods.ts';
import type { CategoryPage, NavGroup, Report, ReportPage, Service } from './lib/report-model.ts';
import type { SectionChanges } from './lib/section-changes.ts';
import { searchNames } from './lib/search-names.ts';
import { serviceHistory, type ServiceHistory } from './lib/service-history.ts';
import { searchPeriod } from './components/search/index-attributes.ts';
import { siteConfig } from '../site.config.ts';
import { contactOf, type Contact } from './lib/contact.ts';
import { locationsPage, type LocationsPage } from './lib/geo/page-data.ts';
import { coverageTimeline, type Timeline } from './lib/coverage-timeline.ts';
import { partKindList, type PartKind } from './lib/part-kinds.ts';
import { neighbours } from './lib/neighbours.ts';
import { partDescription } from './lib/page-meta.ts';
import { pageOutline, serviceCrumbs, type Link, type PageOutline } from './lib/page-outline.ts';
import { exportLinks, periodExports, type ExportLink, type PeriodExportId } from './lib/exports.ts';
import {
  accessibilityUrl,
  basePathOf,
  notFoundUrl,
  pageUrl,
  reportsUrl,
  type Home,
  type PageKey,
  type PageKind,
  partSegment,
} from './lib/urls.ts';

type Content = ReturnType<typeof contentOf>['Content'];

/** What every page gets: the report period it shows, its own path, the other periods and its other homes. */
export interface PageRoute {
  report: Report;
  /** Which of its homes this copy of the page is published at: its pinned URL, or the root (the latest period's). */
  home: Home;
  /** The page's root-relative URL path. */
  path: string;
  periods: Periods;
  versions: PageVersions;
  /**
   * Whether the page goes into the search index. The latest period's pages are indexed at their root URLs,
   * so their pinned copies are not: no result appears twice.
   */
  indexed: boolean;
  /** A page's link from this one: at this page's home for a page of the same period, pinned for another period's. */
  href(key: PageKey): string;
  /** The links to its period's exports, beside it. */
  exports: Record<PeriodExportId, ExportLink>;
  /**
   * Whether the report's scope lists link each entry to what the site has on it. The whole report (/report/)
   * prints them as the report's text: it is read end to end, each service there has its own "Service page" link,
   * and 112 linked entries would be as many tab stops between a reader and the next section.
   */
  scopeLinks: boolean;
}
export interface PartRoute<P extends ReportPage = ReportPage> extends PageRoute {
  kind: 'part';
  page: P;
  /** What link previews and search engines say of it. */
  description: string;
  /** Its breadcrumbs, table of contents, previous and next parts, and the section a category sits in. */
  outline: PageOutline;
  /** The page's compiled MDX. */
  Content: Content;
}
/** Its history across periods (src/lib/service-history.ts) comes with it. */
export interface ServiceRoute extends PageRoute, ServiceHistory {
  kind: 'service';
  service: Service;
  /** Its place among the report's services. */
  index: number;
  /** Its category page. */
  category: CategoryPage;
  crumbs: Link[];
  /** The services before and after it, in the report's order. */
  prev: Link | undefined;
  next: Link | undefined;
  /** Its later names and the publisher's aliases: the site's search metadata, not shown (src/lib/search-names.ts). */
  searchNames: string[];
}
/** A root URL the latest period no longer has: a redirect, or a page that says where it went. */
export interface GoneRoute extends PageRoute {
  kind: 'gone';
  gone: GonePage;
}
/** One part of the full report: a section or category, with the parts it holds. */
export interface FullReportPart {
  page: ReportPage;
  Content: Content;
  children: FullReportPart[];
}
export interface FullReportRoute extends PageRoute {
  parts: FullReportPart[];
}
export interface AccessibilityRoute extends PageRoute {
  /** Where to ask for another format (site.config.ts), if the publisher has set it. */
  contact: Contact | undefined;
}
export interface ReportsRoute extends PageRoute {
  timeline: Timeline;
}
export interface LocationsRoute extends PageRoute {
  locations: LocationsPage;
}
export interface ChangesRoute extends PageRoute {
  changes: PeriodChanges;
  /** Sections added, removed and renamed. */
  sectionChanges: SectionChanges;
  /** The period before it by date, which it is compared with; undefined for the earliest. */
  previous: Report | undefined;
}

/** Every edition of the report: the latest at the root, then each period at its pinned URLs, newest first. */
const editions: { report: Report; home: Home }[] = [
  { report: periods.latest, home: 'root' },
  ...periods.pinned.map((report) => ({ report, home: 'pinned' as const })),
];

/** The `[...period]` route parameter of an edition: its base path without the leading slash; undefined at the root. */
const periodParam = (report: Report, home: Home) => basePathOf(report.periodId, home).slice(1) || undefined;

/** Links from a page of `report` at `home`: its own period's pages at the same home, another period's pinned. */
const hrefFrom =
  (report: Report, home: Home) =>
  (key: PageKey): string =>
    pageUrl(key, key.period === report.periodId ? home : 'pinned');

const route = (report: Report, home: Home, path: string, versions: PageVersions, indexed: boolean): PageRoute => ({
  report,
  home,
  path,
  periods,
  versions,
  indexed,
  href: hrefFrom(report, home),
  exports: exportLinks(report.periodId, home),
  scopeLinks: true,
});
/**
 * A period's page at one of its homes. The latest period's pages are indexed for search at their root URLs,
 * so their pinned copies are not: no result appears twice.
 */
const routeOf = (report: Report, home: Home, key: PageKey): PageRoute =>
  route(report, home, pageUrl(key, home), pageVersions(periods, key), !(home === 'pinned' && report.periodId === periods.latest.periodId));
/** A page of the whole site, with the latest report. */
const siteRoute = (path: string, indexed = true): PageRoute => route(periods.latest, 'root', path, siteVersions(path), indexed);

/** One static path per edition, for a page every edition has. */
const perEdition = <R extends PageRoute>(route: (report: Report, home: Home) => R) =>
  editions.map(({ report, home }) => ({ params: { period: periodParam(report, home) }, props: { route: route(report, home) } }));
const periodPage = (kind: PageKind) => perEdition((report, home) => routeOf(report, home, { period: report.periodId, kind }));

const part = <P extends ReportPage>(report: Report, home: Home, page: P): PartRoute<P> => ({
  ...routeOf(report, home, page.key),
  kind: 'part',
  page,
  description: partDescription(report, page),
  outline: pageOutline(report, page, hrefFrom(report, home)),
  Content: contentOf(page).Content,
});

/** The services before and after a service, as links. */
const serviceNeighbours = (report: Report, index: number, href: (key: PageKey) => string) => {
  const { prev, next } = neighbours(report.services, index);
  const link = (s: Service | undefined) => s && { label: s.name, href: href(s.key) };
  return { prev: link(prev), next: link(next) };
};

export const homePaths = () => periodPage('home');
export const catalogPaths = () => periodPage('catalog');
/** The locations page: every period's locations are placed and checked together, once; its maps are drawn here. */
export const locationsPaths = () =>
  perEdition((report, home): LocationsRoute => ({
    ...routeOf(report, home, { period: report.periodId, kind: 'locations' }),
    locations: locationsPage(report, periods.pinned),
  }));
export const searchPaths = () => periodPage('search');
/**
 * Each period's data exports (src/lib/exports.ts), beside the pages of each edition; and its original PDF, when
 * it has one, beside its pinned pages only (`pdf` instead of `id`): a PDF is one period's document.
 */
export const exportPaths = () => [
  ...editions.flatMap(({ report, home }) =>
    Object.entries(periodExports).map(([id, { file }]) => ({
      params: { period: periodParam(report, home), file },
      props: { route: routeOf(report, home, { period: report.periodId, kind: 'home' }), id: id as PeriodExportId },
    })),
  ),
  ...periods.pinned.flatMap((report) =>
    report.pdf
      ? [
          {
            params: { period: periodParam(report, 'pinned'), file: report.pdf.name },
            props: { route: routeOf(report, 'pinned', { period: report.periodId, kind: 'home' }), pdf: report.pdf },
          },
        ]
      : [],
  ),
];

export const changesPaths = () =>
  perEdition((report, home): ChangesRoute => ({
    ...routeOf(report, home, { period: report.periodId, kind: 'changes' }),
    changes: periods.changes.get(report.periodId)!,
    sectionChanges: periods.sectionChanges.get(report.periodId)!,
    previous: periods.pinned.find((r) => r.periodId === periods.changes.get(report.periodId)!.previous),
  }));

export const fullReportPaths = () =>
  perEdition((report, home): FullReportRoute => {
    const of = ({ page, children }: NavGroup): FullReportPart => ({ page, Content: contentOf(page).Content, children: children.map(of) });
    const parts = report.nav.map(of);
    return { ...routeOf(report, home, { period: report.periodId, kind: 'report' }), scopeLinks: false, parts };
  });

/** Root URLs of pages the latest period no longer has, of one kind, by their slug. */
const goneAt = (kind: 'service' | PartKind) =>
  periods.gone.flatMap((gone) => {
    // Such a page has no pinned copy: it is the root URL's answer, canonical to where it leads.
    const canonical = gone.kind === 'renamed' ? gone.to : gone.path;
    const versions = { pinned: gone.path, root: gone.path, latest: undefined, canonical, share: gone.path };
    const route: GoneRoute = { ...siteRoute(gone.path, false), versions, kind: 'gone', gone };
    return gone.key.kind === kind ? [{ slug: gone.key.slug, route }] : [];
  });

/** The pages of every kind of report part (src/lib/part-kinds.ts), in every edition, and their gone root URLs. */
export const partPaths = () =>
  partKindList.flatMap((kind) => [
    ...editions.flatMap(({ report, home }) =>
      report.pages
        .filter((p) => p.kind === kind)
        .map((page) => ({
          params: { period: periodParam(report, home), part: partSegment(kind), slug: page.slug },
          props: { route: part(report, home, page) as PartRoute | GoneRoute },
        })),
    ),
    ...goneAt(kind).map(({ slug, route }) => ({ params: { period: undefined, part: partSegment(kind), slug }, props: { route } })),
  ]);

function serviceRoute(report: Report, home: Home, service: Service, index: number): ServiceRoute {
  const href = hrefFrom(report, home);
  const page = routeOf(report, home, service.key);
  return {
    ...page,
    kind: 'service',
    service,
    index,
    category: report.categories.find((c) => c.slug === service.category.slug)!,
    crumbs: serviceCrumbs(report, service, href),
    ...serviceNeighbours(report, index, href),
    ...serviceHistory(periods, report, home, service, page.versions),
    // Later names are search aliases of every period's page: they change it only when the service is renamed.
    searchNames: searchNames(report, service, periods.historyOf(report, service), aliasesOf(report)),
  };
}

export const servicePaths = () => [
  ...editions.flatMap(({ report, home }) =>
    report.services.map((service, index) => ({
      params: { period: periodParam(report, home), service: service.slug },
      props: { route: serviceRoute(report, home, service, index) as ServiceRoute | GoneRoute },
    })),
  ),
  ...goneAt('service').map(({ slug, route }) => ({ params: { period: undefined, service: slug }, props: { route } })),
];

/**
 * Every period's report with the names its services are searched by (their own, later ones, aliases): what "did
 * you mean" suggests from (src/pages/search/suggest.json.ts).
 */
export const searchVocabulary = () =>
  periods.pinned.map((report) => ({
    report,
    names: report.services.flatMap((s) => [s.name, ...searchNames(report, s, periods.historyOf(report, s), aliasesOf(report))]),
  }));

/** The periods search can look in, newest first (src/pages/search/periods.json.ts). */
export const searchPeriodList = () => periods.pinned.map(searchPeriod);

/** Every page at its canonical URL, for the sitemap: no pinned copy of a latest-period page, no old address. */
export const sitemapPaths = (): string[] =>
  [homePaths, catalogPaths, locationsPaths, searchPaths, changesPaths, fullReportPaths, partPaths, servicePaths]
    .flatMap((paths) => paths().map((p): PageRoute | GoneRoute => p.props.route))
    .concat(reportsRoute(), accessibilityRoute())
    .filter((route) => !('kind' in route && route.kind === 'gone') && route.versions.canonical === route.path)
    .map((route) => route.path);

/** Pages of the whole site, at the root only. All reports: with the periods on one time line. */
export const reportsRoute = (): ReportsRoute => ({
  ...siteRoute(reportsUrl),
  timeline: coverageTimeline(
    periods.pinned.map(({ periodId, facts }) => ({
      id: periodId,
      ...facts.period,
      published: facts.site.published,
      corrections: facts.site.corrections.map((c) => c.date),
    })),
  ),
});
/** The accessibility statement, for the whole site. */
export const accessibilityRoute = (): AccessibilityRoute => ({
  ...siteRoute(accessibilityUrl),
  contact: contactOf(siteConfig.accessibilityContact),
});
/** The 404 page: served at any address, it offers the latest report. */
export const notFoundRoute = (): PageRoute => siteRoute(notFoundUrl, false);
