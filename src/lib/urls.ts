/**
 * Every URL the site publishes, in one place. Each report period's pages sit under its pinned base path,
 * `/<period-folder>`, whose text never changes; the latest period's pages are also at the root (base path ''),
 * the links people share by default. Adding a period never moves a published URL.
 * Paths are root-relative; `absoluteUrl` makes one absolute against the site's public URL.
 */

/** A period's pinned base path. */
export const pinnedBase = (periodId: string) => `/${periodId}`;

/** The pages of one report period. */
export const homeUrl = (base: string) => `${base}/`;
export const sectionUrl = (base: string, slug: string) => `${base}/sections/${slug}/`;
export const categoryUrl = (base: string, slug: string) => `${base}/categories/${slug}/`;
export const serviceUrl = (base: string, slug: string) => `${base}/services/${slug}/`;
export const catalogUrl = (base: string) => `${base}/services/`;
export const fullReportUrl = (base: string) => `${base}/report/`;
export const locationsUrl = (base: string) => `${base}/locations/`;
export const searchUrl = (base: string) => `${base}/search/`;
/** What changed in a period against the one before it. */
export const changesUrl = (base: string) => `${base}/changes/`;
export const changesJsonUrl = (base: string) => `${base}/changes.json`;

/** A location's row in the table of the locations page (the map's markers link there too). */
export const locationRowId = (slug: string) => `loc-${slug}`;
/** A location's marker on its map (the table's rows link there). */
export const locationMarkerId = (slug: string) => `mk-${slug}`;
export const locationUrl = (base: string, slug: string) => `${locationsUrl(base)}#${locationRowId(slug)}`;

/** The anchor of one of the report's scope lists (`<Scope of="services">` → `scope-services`). */
export const scopeListId = (of: 'services' | 'edge-locations') => `scope-${of}`;

/** The data exports of one report period. */
export const servicesJsonUrl = (base: string) => `${base}/services.json`;
export const servicesCsvUrl = (base: string) => `${base}/services.csv`;
export const locationsGeojsonUrl = (base: string) => `${base}/locations.geojson`;

/** Pages and files of the whole site, across periods. */
export const reportsUrl = '/reports/';
export const accessibilityUrl = '/accessibility/';
export const atomFeedUrl = '/feed.xml';
export const jsonFeedUrl = '/feed.json';
export const notFoundUrl = '/404.html';
export const sitemapUrl = '/sitemap-index.xml';
/** The site's icon as files, for what cannot read the inline SVG one: iOS home screens, and /favicon.ico. */
export const iconFiles = { appleTouch: '/apple-touch-icon.png', ico: '/favicon.ico' } as const;

/** The Pagefind bundle `astro build` writes: its folder under the build output and its URL path. */
export const searchBundle = { dir: 'pagefind', url: '/pagefind/' } as const;
/** What "did you mean" suggests from, written at build time and loaded only after a search that found nothing. */
export const suggestionsUrl = '/search/suggest.json';

/** A page's 1200×630 preview image: `/services/aws-lambda/` → `/og/services/aws-lambda.png`, `/` → `/og/index.png`. */
export function ogImageUrl(path: string): string {
  const trimmed = path.replace(/^\/|\/$|\.html$/g, '');
  return `/og/${trimmed === '' ? 'index' : trimmed}.png`;
}

/** A root-relative path as an absolute URL on the site's public URL. */
export const absoluteUrl = (path: string, site: URL | string): string => new URL(path, site).href;
/** A path as the exports give it: absolute on the public URL, or root-relative where the site has none. */
export const exportedUrl = (path: string, site: URL | string | undefined): string => (site ? absoluteUrl(path, site) : path);
