/**
 * The site's main destinations: in the header on wide screens, in the menu on small ones (SiteHeader, SiteNav).
 * `inHeader: false` marks the one the header leaves to the report's identity line (all reports).
 */
import type { Report } from '../lib/report-model.ts';
import { catalogUrl, fullReportUrl, locationsUrl, reportsUrl } from '../lib/urls.ts';

export interface SiteLink {
  href: string;
  label: string;
  /** Shown in the header on wide screens (else only in the small screens' menu). */
  inHeader: boolean;
}

export const siteLinks = (report: Report): SiteLink[] => [
  { href: fullReportUrl(report.basePath), label: 'Full report', inHeader: true },
  { href: catalogUrl(report.basePath), label: 'Services', inHeader: true },
  { href: locationsUrl(report.basePath), label: 'Locations', inHeader: true },
  { href: reportsUrl, label: 'All reports', inHeader: false },
];
