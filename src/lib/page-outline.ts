import { neighbours } from './neighbours.ts';
import type { Report, ReportPage } from './report-model.ts';
import { scopeLists } from './extract-scope.ts';
import { slugify } from './slug.ts';
import { homeUrl } from './urls.ts';

export interface Link {
  label: string;
  href: string;
}

/** Said under a heading the site supplies because the report prints the part without one. */
export const addedHeadingNote = 'Heading added by this site: the report prints this part without one.';

/** Site labels for the scope lists in the table of contents (the report gives them no headings). */
export const scopeLabels: Record<keyof typeof scopeLists, string> = { services: 'Services in scope', 'edge-locations': 'Edge locations' };

/** The section a category is described under (undefined for a section). */
export const parentOf = (report: Report, page: ReportPage): ReportPage | undefined => report.nav.find((g) => g.children.includes(page))?.page;

/** Breadcrumbs, table of contents and prev/next for a section or category page. */
export function pageOutline(report: Report, page: ReportPage) {
  const parent = parentOf(report, page);
  const crumbs: Link[] = [
    { label: 'Home', href: homeUrl(report.basePath) },
    ...(parent ? [{ label: parent.title, href: parent.url }] : []),
    { label: page.title, href: page.url },
  ];
  const toc: Link[] =
    page.kind === 'category'
      ? page.services.map((s) => ({ label: s.name, href: `#${s.slug}` }))
      : page.file === report.scopeFile
        ? Object.entries(scopeLabels)
            .filter(([of]) => report.scope[scopeLists[of as keyof typeof scopeLists]].length > 0)
            .map(([of, label]) => ({ label, href: `#scope-${slugify(of)}` }))
        : [];
  const { prev, next } = neighbours(report.pages, page.index);
  const link = (p: ReportPage | undefined) => p && { label: p.title, href: p.url };
  return { crumbs, toc, prev: link(prev), next: link(next), parent };
}
