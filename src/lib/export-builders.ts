/**
 * How each file of src/lib/exports.ts is built: one builder per entry (the types ask for every one). The
 * builders themselves live with what they export.
 */
import { changesRecord } from './changes-export.ts';
import type { PeriodExportId, SiteFileId } from './exports.ts';
import { atomFeed, jsonFeed } from './feeds.ts';
import { toFeatureCollection } from './geo/geojson.ts';
import { referenceOf, referenceRecord } from './scope-reference.ts';
import { locationsPage } from './geo/page-data.ts';
import type { Periods } from './periods.ts';
import type { Report } from './report-model.ts';
import { givenByLinkCsv, serviceRecords, servicesGivenByLink, toCsv } from './service-exports.ts';
import { sitemapIndexXml, sitemapXml } from './sitemap.ts';
import type { Home } from './urls.ts';

/** What an export of a period is built from. */
export interface PeriodExportInput {
  report: Report;
  periods: Periods;
  /** The site's public URL; undefined where it has none (the exports' URLs are root-relative then). */
  site: URL | undefined;
  /** Where the export is published, beside the period's pages: the pages it links are those beside it. */
  home: Home;
}

const json = (data: unknown) => `${JSON.stringify(data, null, 2)}\n`;

export const periodExportBuilders: Record<PeriodExportId, (input: PeriodExportInput) => string> = {
  servicesJson: ({ report, site, home }) => json(servicesGivenByLink(report) ?? serviceRecords(report, site, home)),
  servicesCsv: ({ report, site, home }) => {
    const given = servicesGivenByLink(report);
    return given ? givenByLinkCsv(given) : toCsv(serviceRecords(report, site, home));
  },
  locationsGeojson: ({ report, periods }) => json(locationsGeojson(report, periods)),
  changesJson: ({ report, periods, site }) => json(changesRecord(periods.changes.get(report.periodId)!, periods, site)),
};

/**
 * The period's locations as GeoJSON; where its report gives them by link, an empty collection that says so, with
 * the reference as foreign members (RFC 7946 §6.1), rather than a bare empty list.
 */
function locationsGeojson(report: Report, periods: Periods) {
  const collection = toFeatureCollection(locationsPage(report, periods.pinned).locations, report.periodId);
  const ref = referenceOf(report.facts, 'locations');
  return ref ? { ...collection, locations: 'given by link', reference: referenceRecord(ref) } : collection;
}

/** What a file of the whole site is built from. */
export interface SiteFileInput {
  periods: Periods;
  site: URL;
  /** Every page at its canonical URL, for the sitemap. */
  pages: () => string[];
}

export const siteFileBuilders: Record<SiteFileId, (input: SiteFileInput) => Promise<string> | string> = {
  sitemapIndex: ({ site }) => sitemapIndexXml(site),
  sitemap: ({ site, pages }) => sitemapXml(pages(), site),
  atomFeed: ({ periods, site }) => atomFeed(periods, site),
  jsonFeed: ({ periods, site }) => jsonFeed(periods, site),
};
