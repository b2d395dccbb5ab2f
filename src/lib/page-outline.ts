import { neighbours } from './neighbours.ts';
import type { Report, ReportPage, Service } from './report-model.ts';
import { scopeLists } from './extract-scope.ts';
import { homeUrl, scopeListId } from './urls.ts';

export interface Link {
  label: string;
  href: string;
}

/** Said under a heading the site supplies because the report prints the part without one. */
export const addedHeadingNote = 'Heading added by this site: the report prints this part without one.';

/** Site labels for the scope lists in the table of contents (the report gives them no headings). */
export const scopeLabels: Record<keyof typeof scopeLists, string> = { services: 'Services in scope', 'edge-locations': 'Edge locations' };
/** The part of a scope statement that is a sentence, not a list, as search names it. */
export const scopeSentenceLabels = { regions: 'Regions in scope' } as const;

/** The section a category is described under (undefined for a section). */
export const parentOf = (report: Report, page: ReportPage): ReportPage | undefined =>
  report.nav.find((g) => g.children.includes(page))?.page;

/** A page's breadcrumbs: the report's home, then the trail down to the page itself (its last crumb). */
export const crumbsTo = (report: Report, ...trail: Link[]): Link[] => [{ label: 'Home', href: homeUrl(report.basePath) }, ...trail];

/** The trail to a report page: its section first, for a category. */
const trailTo = (report: Report, page: ReportPage): Link[] => {
  const parent = parentOf(report, page);
  return [...(parent ? [{ label: parent.title, href: parent.url }] : []), { label: page.title, href: page.url }];
};

/** A service page's breadcrumbs: through its category (and the category's section) to the service. */
export function serviceCrumbs(report: Report, service: Service): Link[] {
  const category = report.categories.find((c) => c.slug === service.category.slug)!;
  return crumbsTo(report, ...trailTo(report, category), { label: service.name, href: service.url });
}

/** Breadcrumbs, table of contents and prev/next for a section or category page. */
export function pageOutline(report: Report, page: ReportPage) {
  const parent = parentOf(report, page);
  const crumbs = crumbsTo(report, ...trailTo(report, page));
  const toc: Link[] =
    page.kind === 'category'
      ? page.services.map((s) => ({ label: s.name, href: `#${s.slug}` }))
      : page.file === report.scopeFile
        ? Object.entries(scopeLabels)
            .filter(([of]) => report.scope[scopeLists[of as keyof typeof scopeLists]].length > 0)
            .map(([of, label]) => ({ label, href: `#${scopeListId(of as keyof typeof scopeLists)}` }))
        : [];
  const { prev, next } = neighbours(report.pages, page.index);
  const link = (p: ReportPage | undefined) => p && { label: p.title, href: p.url };
  return { crumbs, toc, prev: link(prev), next: link(next), parent };
}
