/**
 * The files the site publishes besides its pages, in one place: each report period's data exports (beside its
 * pages, at the root for the latest period and at `/<period>/…` for each) and the site's own files (sitemap,
 * feeds). These lists drive the routes (src/pages/[...period]/[file].ts, src/pages/[file].ts), the links to
 * the exports, the content types the servers send (src/lib/serving/policy.ts) and the README's table of
 * exports (tests/unit/exports.test.ts reads it from here). Adding an export is one entry here and its builder
 * in src/lib/export-builders.ts (whose type asks for one builder per entry). Pure data: the servers read it.
 */
import { atomFeedUrl, jsonFeedUrl, periodFileUrl, sitemapUrls, type Home } from './urls.ts';

/** A data export of each report period. */
export interface PeriodExport {
  /** Its file name, beside the period's pages. */
  file: string;
  /** Its format, as the README names it. */
  format: string;
  /** Its media type, without parameters: the links' `type`. */
  mediaType: string;
  /** What it holds, as the README says it. */
  holds: string;
}

/** Each period's data exports. */
export const periodExports = {
  servicesJson: {
    file: 'services.json',
    format: 'JSON',
    mediaType: 'application/json',
    holds: 'every service in scope: name, slug, category, description, URL and period',
  },
  servicesCsv: {
    file: 'services.csv',
    format: 'CSV (RFC 4180)',
    mediaType: 'text/csv',
    holds: 'the same records, one row each, with a header row',
  },
  locationsGeojson: {
    file: 'locations.geojson',
    format: 'GeoJSON',
    mediaType: 'application/geo+json',
    holds: 'the Regions and edge locations in scope as points, with the site’s coordinates',
  },
  changesJson: {
    file: 'changes.json',
    format: 'JSON',
    mediaType: 'application/json',
    holds: 'what changed against the period before, as its “What changed” page shows it',
  },
} as const satisfies Record<string, PeriodExport>;
export type PeriodExportId = keyof typeof periodExports;

/**
 * A period's original PDF, when its report.yaml names one (src/lib/report-source.ts): not built but published as
 * it is, beside the period's pinned pages only (a PDF is one period's document, whatever the latest is). Binary:
 * served without a charset.
 */
export const sourcePdfFile = { format: 'PDF', mediaType: 'application/pdf', extension: 'pdf' } as const;

/** A link to a period export: where it is and its type. */
export interface ExportLink {
  href: string;
  type: string;
}
/** A period export's link from a page: beside the page, at its home. */
export const exportLink = (id: PeriodExportId, period: string, home: Home): ExportLink => ({
  href: periodFileUrl(period, periodExports[id].file, home),
  type: periodExports[id].mediaType,
});
/** Every export of a period, as links from its pages at one home. */
export const exportLinks = (period: string, home: Home) =>
  Object.fromEntries(Object.keys(periodExports).map((id) => [id, exportLink(id as PeriodExportId, period, home)])) as Record<
    PeriodExportId,
    ExportLink
  >;

/** A file of the whole site, written only where the site has a public URL: its URLs are all absolute. */
export interface SiteFile {
  url: string;
  mediaType: string;
}

export const siteFiles = {
  sitemapIndex: { url: sitemapUrls.index, mediaType: 'application/xml' },
  sitemap: { url: sitemapUrls.urls, mediaType: 'application/xml' },
  atomFeed: { url: atomFeedUrl, mediaType: 'application/atom+xml' },
  jsonFeed: { url: jsonFeedUrl, mediaType: 'application/feed+json' },
} as const satisfies Record<string, SiteFile>;
export type SiteFileId = keyof typeof siteFiles;

/** Every export and site file is text, served as UTF-8. */
export const contentTypeOf = (mediaType: string) => `${mediaType}; charset=utf-8`;

/** The exports' content types by extension: exports of one extension must agree, or the servers could not tell them apart. */
export const exportTypesByExtension = (): Record<string, string> => {
  const types: Record<string, string> = {};
  for (const { file, mediaType } of Object.values(periodExports)) {
    const ext = file.slice(file.lastIndexOf('.') + 1);
    if (types[ext] && types[ext] !== contentTypeOf(mediaType)) throw new Error(`exports ending .${ext} need one content type`);
    types[ext] = contentTypeOf(mediaType);
  }
  return types;
};
