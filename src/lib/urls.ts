/**
 * Every URL the site publishes, in one place. Each report period's pages sit under its pinned base path,
 * `/<period-folder>`, whose text never changes; the latest period's pages are also at the root (base path ''),
 * the links people share by default. Adding a period never moves a published URL.
 * Paths are root-relative; `absoluteUrl` makes one absolute against the site's public URL.
 */

import { partKindList, partKinds, type PartKind } from './part-kinds.ts';

/** A period's pinned base path. */
export const pinnedBase = (periodId: string) => `/${periodId}`;

/** The path segment of a kind of report part's pages: its folder's name (`/sections/<slug>/`). */
export const partSegment = (kind: PartKind) => partKinds[kind].folder;
/** A report part's page, below its period's base path. */
const partPages = Object.fromEntries(partKindList.map((kind) => [kind, (slug: string) => `/${partSegment(kind)}/${slug}/`])) as Record<
  PartKind,
  (slug: string) => string
>;

/** Each kind of page a report period has, and its path below the period's base path. */
const periodPages = {
  home: () => '/',
  ...partPages,
  service: (slug: string) => `/services/${slug}/`,
  catalog: () => '/services/',
  report: () => '/report/',
  locations: () => '/locations/',
  search: () => '/search/',
  /** What changed in a period against the one before it. */
  changes: () => '/changes/',
} satisfies Record<string, (slug: string) => string>;
export type PageKind = keyof typeof periodPages;

/**
 * A page of a report period, known by what it is, never by its URL: its period folder, its kind and, for a part
 * of the report or a service, its slug. The same page in another period has the same kind and slug (a service
 * follows its lineage through renames: src/lib/periods.ts).
 */
export interface PageKey {
  period: string;
  kind: PageKind;
  slug?: string | undefined;
}

/** Where a period's page is published: at its pinned URL, or at the root (the latest period's second home). */
export type Home = 'pinned' | 'root';
/** A period's pages' base path at one of its homes. */
export const basePathOf = (period: string, home: Home) => (home === 'root' ? '' : pinnedBase(period));

/** The URL of a period's page at one of its homes: the one function that knows the URL scheme of a period's pages. */
export const pageUrl = (key: PageKey, home: Home = 'pinned'): string =>
  `${basePathOf(key.period, home)}${periodPages[key.kind](key.slug ?? '')}`;

/** A period's page below a base path ('' or a pinned base), for what knows the base and not the period. */
const atBase = (base: string, kind: PageKind, slug = '') => `${base}${periodPages[kind](slug)}`;
export const homeUrl = (base: string) => atBase(base, 'home');
export const catalogUrl = (base: string) => atBase(base, 'catalog');
export const searchUrl = (base: string) => atBase(base, 'search');
export const changesUrl = (base: string) => atBase(base, 'changes');

/** A location's row in the table of the locations page (the map's markers link there too). */
export const locationRowId = (slug: string) => `loc-${slug}`;
/** A location's marker on its map (the table's rows link there). */
export const locationMarkerId = (slug: string) => `mk-${slug}`;
export const locationUrl = (period: string, home: Home, slug: string) =>
  `${pageUrl({ period, kind: 'locations' }, home)}#${locationRowId(slug)}`;

/** The anchor of one of the report's scope lists (`<Scope of="services">` → `scope-services`). */
export const scopeListId = (of: 'services' | 'edge-locations') => `scope-${of}`;

/** A file beside a period's pages (its data exports: src/lib/exports.ts). */
export const periodFileUrl = (period: string, name: string, home: Home = 'pinned') => `${basePathOf(period, home)}/${name}`;
/** The GeoJSON export by base path, for the locations page until its data comes from route data. */
export const locationsGeojsonUrl = (base: string) => `${base}/locations.geojson`;

/** Pages and files of the whole site, across periods. */
export const reportsUrl = '/reports/';
export const accessibilityUrl = '/accessibility/';
export const atomFeedUrl = '/feed.xml';
export const jsonFeedUrl = '/feed.json';
export const notFoundUrl = '/404.html';
/** The sitemap, as a one-file index and its file: the names @astrojs/sitemap used, which are published URLs. */
export const sitemapUrls = { index: '/sitemap-index.xml', urls: '/sitemap-0.xml' } as const;
/** The site's icon as files, for what cannot read the inline SVG one: iOS home screens, and /favicon.ico. */
export const iconFiles = { appleTouch: '/apple-touch-icon.png', ico: '/favicon.ico' } as const;

/** The Pagefind bundle `astro build` writes: its folder under the build output and its URL path. */
export const searchBundle = { dir: 'pagefind', url: '/pagefind/' } as const;
/** What "did you mean" suggests from, written at build time and loaded only after a search that found nothing. */
export const suggestionsUrl = '/search/suggest.json';
/**
 * The report periods search can look in, newest first: one file for the site, loaded with search, so that adding
 * a period changes this file and not every page.
 */
export const searchPeriodsUrl = '/search/periods.json';

/** A page's 1200×630 preview image: `/services/aws-lambda/` → `/og/services/aws-lambda.png`, `/` → `/og/index.png`. */
export function ogImageUrl(path: string): string {
  const trimmed = path.replace(/^\/|\/$|\.html$/g, '');
  return `/og/${trimmed === '' ? 'index' : trimmed}.png`;
}

/** A root-relative path as an absolute URL on the site's public URL. */
export const absoluteUrl = (path: string, site: URL | string): string => new URL(path, site).href;
/** A path as the exports give it: absolute on the public URL, or root-relative where the site has none. */
export const exportedUrl = (path: string, site: URL | string | undefined): string => (site ? absoluteUrl(path, site) : path);
