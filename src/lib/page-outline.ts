import { neighbours } from './neighbours.ts';
import type { Report, ReportPage, Service } from './report-model.ts';
import { scopeLists } from './extract-scope.ts';
import { scopeListId, type PageKey } from './urls.ts';

export interface Link {
  label: string;
  href: string;
}

/** Said under a heading the site supplies because the report prints the part without one. */
export const addedHeadingNote = 'Heading added by this site: the report prints this part without one.';
/** Whether a part's heading is the site's (the report prints the part without one). */
export const headingFromSite = (page: ReportPage): boolean => page.kind === 'section' && page.titleFrom === 'site';

/** Site labels for the scope lists in the table of contents (the report gives them no headings). */
export const scopeLabels: Record<keyof typeof scopeLists, string> = { services: 'Services in scope', 'edge-locations': 'Edge locations' };
/** The part of a scope statement that is a sentence, not a list, as search names it. */
export const scopeSentenceLabels = { regions: 'Regions in scope' } as const;

/** The part that holds a page: the section a category is described under, an attachment; undefined at the top. */
export const parentOf = (report: Report, page: ReportPage): ReportPage | undefined =>
  page.parent === undefined ? undefined : report.pages.find((p) => p.slug === page.parent);

/** The parts that hold a page, outermost first. */
export const ancestorsOf = (report: Report, page: ReportPage): ReportPage[] => {
  const parent = parentOf(report, page);
  return parent ? [...ancestorsOf(report, parent), parent] : [];
};

/** The parts a page holds, in reading order. */
export const childrenOf = (report: Report, page: ReportPage): ReportPage[] => report.pages.filter((p) => p.parent === page.slug);

/**
 * A page's breadcrumbs: the report's home (its link from the page, or a report at its home: the locations
 * page's, until its data comes from route data), then the trail down to the page itself (its last crumb).
 */
export const crumbsTo = (home: string, ...trail: Link[]): Link[] => [{ label: 'Home', href: home }, ...trail];

/** A page's link from the page being shown. */
type Href = (key: PageKey) => string;

/** The trail to a report page: through the parts that hold it. */
const trailTo = (report: Report, page: ReportPage, href: Href): Link[] =>
  [...ancestorsOf(report, page), page].map((p) => ({ label: p.title, href: href(p.key) }));

/** A service page's breadcrumbs: through its category (and the category's section) to the service. */
export function serviceCrumbs(report: Report, service: Service, href: Href): Link[] {
  const category = report.categories.find((c) => c.slug === service.category.slug)!;
  return crumbsTo(href({ period: report.periodId, kind: 'home' }), ...trailTo(report, category, href), {
    label: service.name,
    href: href(service.key),
  });
}

/** Breadcrumbs, table of contents and prev/next for a section or category page, and the section a category sits in. */
export interface PageOutline {
  crumbs: Link[];
  toc: Link[];
  prev: Link | undefined;
  next: Link | undefined;
  parent: ReportPage | undefined;
  /** The sections and categories it holds, as links (an attachment's parts). */
  parts: Link[];
}

export function pageOutline(report: Report, page: ReportPage, href: Href): PageOutline {
  const parent = parentOf(report, page);
  const crumbs = crumbsTo(href({ period: report.periodId, kind: 'home' }), ...trailTo(report, page, href));
  const toc: Link[] =
    page.kind === 'category'
      ? page.services.map((s) => ({ label: s.name, href: `#${s.slug}` }))
      : page.file === report.scopeFile
        ? Object.entries(scopeLabels)
            .filter(([of]) => report.scope[scopeLists[of as keyof typeof scopeLists]].length > 0)
            .map(([of, label]) => ({ label, href: `#${scopeListId(of as keyof typeof scopeLists)}` }))
        : [];
  const { prev, next } = neighbours(report.pages, page.index);
  const link = (p: ReportPage | undefined) => p && { label: p.title, href: href(p.key) };
  const parts = childrenOf(report, page).map((p) => link(p)!);
  return { crumbs, toc, prev: link(prev), next: link(next), parent, parts };
}
