/**
 * The route data of every page, for every report period: what each page shows, handed to it once as
 * `props.route` by its route's getStaticPaths (and to MDX components as `Astro.locals.route`, by
 * src/middleware.ts). Routes stay thin; layouts and components receive what they show and read nothing.
 */
import { contentOf, currentReport, reports } from './content.ts';
import type { CategoryPage, Report, ReportPage, SectionPage, Service } from './lib/report-model.ts';
import { catalogUrl, fullReportUrl, homeUrl, locationsUrl, notFoundUrl, searchUrl } from './lib/urls.ts';

type Content = ReturnType<typeof contentOf>['Content'];

/** What every page gets: the report period it shows and its own path. */
export interface PageRoute {
  report: Report;
  /** The page's root-relative URL path. */
  path: string;
}
export interface PartRoute<P extends ReportPage = ReportPage> extends PageRoute {
  page: P;
  /** The page's compiled MDX. */
  Content: Content;
}
export interface ServiceRoute extends PageRoute {
  service: Service;
  /** Its place among the report's services, for previous and next. */
  index: number;
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

/** The `[...period]` route parameter of a report: undefined for the current one. */
const periodParam = (report: Report) => (report.basePath ? report.periodId : undefined);

/** One static path per report period, whose route data `route` builds. */
const perReport = <R extends PageRoute>(route: (report: Report) => R) =>
  reports.map((report) => ({ params: { period: periodParam(report) }, props: { route: route(report) } }));

const part = <P extends ReportPage>(report: Report, page: P): PartRoute<P> => ({
  report,
  path: page.url,
  page,
  Content: contentOf(page).Content,
});

export const homePaths = () => perReport((report) => ({ report, path: homeUrl(report.basePath) }));
export const catalogPaths = () => perReport((report) => ({ report, path: catalogUrl(report.basePath) }));
export const locationsPaths = () => perReport((report) => ({ report, path: locationsUrl(report.basePath) }));
export const searchPaths = () => perReport((report) => ({ report, path: searchUrl(report.basePath) }));
/** The data exports (services.json, .csv, locations.geojson): one per period, beside its pages. */
export const exportPaths = homePaths;

export const fullReportPaths = () =>
  perReport((report): FullReportRoute => {
    const of = (page: ReportPage): FullReportPart => ({ page, Content: contentOf(page).Content, children: [] });
    const parts = report.nav.map(({ page, children }) => ({ ...of(page), children: children.map(of) }));
    return { report, path: fullReportUrl(report.basePath), parts };
  });

export const sectionPaths = () =>
  reports.flatMap((report) =>
    report.pages
      .filter((p): p is SectionPage => p.kind === 'section')
      .map((page) => ({ params: { period: periodParam(report), section: page.slug }, props: { route: part(report, page) } })),
  );

export const categoryPaths = () =>
  reports.flatMap((report) =>
    report.categories.map((page: CategoryPage) => ({
      params: { period: periodParam(report), category: page.slug },
      props: { route: part(report, page) },
    })),
  );

export const servicePaths = () =>
  reports.flatMap((report) =>
    report.services.map((service, index) => ({
      params: { period: periodParam(report), service: service.slug },
      props: { route: { report, path: service.url, service, index } satisfies ServiceRoute },
    })),
  );

/** The 404 page: served at any address, it offers the current report. */
export const notFoundRoute = (): PageRoute => ({ report: currentReport, path: notFoundUrl });
