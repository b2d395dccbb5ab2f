/** The site's main destinations: in the header on wide screens, in the menu on small ones (SiteHeader, SiteNav). */
import { reportsUrl, type PageKey } from '../lib/urls.ts';

export const siteLinks = (period: string, href: (key: PageKey) => string): { href: string; label: string }[] => [
  { href: href({ period, kind: 'report' }), label: 'Full report' },
  { href: href({ period, kind: 'catalog' }), label: 'Services' },
  { href: href({ period, kind: 'locations' }), label: 'Locations' },
  { href: reportsUrl, label: 'All reports' },
];
