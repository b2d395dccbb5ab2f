/** The site's main destinations: in the header on wide screens, in the menu on small ones (SiteHeader, SiteNav). */
import type { Report } from '../lib/report-model.ts';
import { catalogUrl, fullReportUrl, locationsUrl, reportsUrl } from '../lib/urls.ts';

export const siteLinks = (report: Report): { href: string; label: string }[] => [
  { href: fullReportUrl(report.basePath), label: 'Full report' },
  { href: catalogUrl(report.basePath), label: 'Services' },
  { href: locationsUrl(report.basePath), label: 'Locations' },
  { href: reportsUrl, label: 'All reports' },
];
