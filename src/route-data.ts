/**
 * The route data of every page, for every report period: what each page shows, handed to it once as
 * `props.route` by its route's getStaticPaths (and to MDX components as `Astro.locals.route`, by
 * src/middleware.ts). Routes stay thin; layouts and components receive what they show and read nothing.
 *
 * Each period is published at its pinned URLs (`/<period>/…`); the latest is published again at the root.
 */
import { aliasesOf, contentOf, periods } from './content.ts';
import type { PeriodChanges } from './lib/changes.ts';
import { pageVersions, type PageVersions } from './lib/page-versions.ts';
import type { GonePage, InScope, Periods } from './lib/periods.ts';
import type { CategoryPage, Report, ReportPage, SectionPage, Service } from './lib/report-model.ts';
import { searchNames } from './lib/search-names.ts';
import { siteConfig } from '../site.config.ts';
import { contactOf, type Contact } from './lib/contact.ts';
import {
  accessibilityUrl,
  catalogUrl,
  changesUrl,
  fullReportUrl,
  homeUrl,
  locationsUrl,
  notFoundUrl,
  reportsUrl,
  searchUrl,
} from './lib/urls.ts';

type Content = ReturnType<typeof contentOf>['Content'];

/** What every page gets: the report period it shows, its own path, the other periods and its other homes. */
export interface PageRoute {
  report: Report;
  /** The page's root-relative URL path. */
  path: string;
  periods: Periods;
  versions: PageVersions;
  /**
   * Whether the page goes into the search index. The latest period's pages are indexed at their root URLs,
   * so their pinned copies are not: no result appears twice.
   */
  indexed: boolean;
}
export interface PartRoute<P extends ReportPage = ReportPage> extends PageRoute {
  kind: 'part';
  page: P;
  /** The page's compiled MDX. */
  Content: Content;
}
export interface ServiceRoute extends PageRoute {
  kind: 'service';
  service: Service;
  /** Its place among the report's services, for previous and next. */
  index: number;
  /** The periods whose scope included it, newest first. */
  history: InScope[];
  /** Its later names and the publisher's aliases: the site's search metadata, not shown (src/lib/search-names.ts). */
  searchNames: string[];
}
/** A root URL the latest period no longer has: a redirect, or a page that says where it went. */
export interface GoneRoute extends PageRoute {
  kind: 'gone';
  gone: GonePage;
}
/** One part of the full report: a section, or a category nested in its section. */
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
export interface ChangesRoute extends PageRoute {
  changes: PeriodChanges;
}

/** Every edition of the report: the latest at the root, then each period at its pinned URLs, newest first. */
const editions: Report[] = [periods.root, ...periods.pinned];

/** The `[...period]` route parameter of an edition: undefined at the root. */
const periodParam = (report: Report) => (report.basePath ? report.periodId : undefined);

const routeOf = (report: Report, path: string): PageRoute => ({
  report,
  path,
  periods,
  versions: pageVersions(periods, report, path),
  indexed: !(report.latest && report.basePath),
});

/** One static path per edition, for a page every edition has. */
const perEdition = <R extends PageRoute>(route: (report: Report) => R) =>
  editions.map((report) => ({ params: { period: periodParam(report) }, props: { route: route(report) } }));

const part = <P extends ReportPage>(report: Report, page: P): PartRoute<P> => ({
  ...routeOf(report, page.url),
  kind: 'part',
  page,
  Content: contentOf(page).Content,
});

export const homePaths = () => perEdition((report) => routeOf(report, homeUrl(report.basePath)));
export const catalogPaths = () => perEdition((report) => routeOf(report, catalogUrl(report.basePath)));
export const locationsPaths = () => perEdition((report) => routeOf(report, locationsUrl(report.basePath)));
export const searchPaths = () => perEdition((report) => routeOf(report, searchUrl(report.basePath)));
/** The data exports (services.json, .csv, locations.geojson, changes.json): one per edition, beside its pages. */
export const exportPaths = homePaths;

export const changesPaths = () =>
  perEdition((report): ChangesRoute => ({
    ...routeOf(report, changesUrl(report.basePath)),
    changes: periods.changes.get(report.periodId)!,
  }));

export const fullReportPaths = () =>
  perEdition((report): FullReportRoute => {
    const of = (page: ReportPage): FullReportPart => ({ page, Content: contentOf(page).Content, children: [] });
    const parts = report.nav.map(({ page, children }) => ({ ...of(page), children: children.map(of) }));
    return { ...routeOf(report, fullReportUrl(report.basePath)), parts };
  });

/** Root URLs of pages the latest period no longer has, of one kind, by their slug. */
const goneAt = (what: 'services' | 'sections' | 'categories') =>
  periods.gone.flatMap((gone) => {
    const slug = new RegExp(`^/${what}/([^/]+)/$`).exec(gone.path)?.[1];
    // Such a page has no pinned copy: it is the root URL's answer, canonical to where it leads.
    const canonical = gone.kind === 'renamed' ? gone.to : gone.path;
    const versions = { pinned: gone.path, root: gone.path, latest: undefined, canonical, share: gone.path };
    const route: GoneRoute = { ...routeOf(periods.root, gone.path), versions, kind: 'gone', gone, indexed: false };
    return slug ? [{ slug, route }] : [];
  });

export const sectionPaths = () => [
  ...editions.flatMap((report) =>
    report.pages
      .filter((p): p is SectionPage => p.kind === 'section')
      .map((page) => ({
        params: { period: periodParam(report), section: page.slug },
        props: { route: part(report, page) as PartRoute | GoneRoute },
      })),
  ),
  ...goneAt('sections').map(({ slug, route }) => ({ params: { period: undefined, section: slug }, props: { route } })),
];

export const categoryPaths = () => [
  ...editions.flatMap((report) =>
    report.categories.map((page: CategoryPage) => ({
      params: { period: periodParam(report), category: page.slug },
      props: { route: part(report, page) as PartRoute | GoneRoute },
    })),
  ),
  ...goneAt('categories').map(({ slug, route }) => ({ params: { period: undefined, category: slug }, props: { route } })),
];

function serviceRoute(report: Report, service: Service, index: number): ServiceRoute {
  const history = periods.historyOf(report, service);
  const names = searchNames(report, service, history, aliasesOf(report));
  return { ...routeOf(report, service.url), kind: 'service', service, index, history, searchNames: names };
}

export const servicePaths = () => [
  ...editions.flatMap((report) =>
    report.services.map((service, index) => ({
      params: { period: periodParam(report), service: service.slug },
      props: { route: serviceRoute(report, service, index) as ServiceRoute | GoneRoute },
    })),
  ),
  ...goneAt('services').map(({ slug, route }) => ({ params: { period: undefined, service: slug }, props: { route } })),
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

/** Every page at its canonical URL, for the sitemap: no pinned copy of a latest-period page, no old address. */
export const sitemapPaths = (): string[] =>
  [homePaths, catalogPaths, locationsPaths, searchPaths, changesPaths, fullReportPaths, sectionPaths, categoryPaths, servicePaths]
    .flatMap((paths) => paths().map((p): PageRoute | GoneRoute => p.props.route))
    .concat(reportsRoute(), accessibilityRoute())
    .filter((route) => !('kind' in route && route.kind === 'gone') && route.versions.canonical === route.path)
    .map((route) => route.path);

/** Pages of the whole site, at the root only. */
export const reportsRoute = (): PageRoute => routeOf(periods.root, reportsUrl);
/** The accessibility statement, for the whole site. */
export const accessibilityRoute = (): AccessibilityRoute => ({
  ...routeOf(periods.root, accessibilityUrl),
  contact: contactOf(siteConfig.accessibilityContact),
});
/** The 404 page: served at any address, it offers the latest report. */
export const notFoundRoute = (): PageRoute => ({ ...routeOf(periods.root, notFoundUrl), indexed: false });
