import { stringify } from 'csv-stringify/sync';
import type { Report } from './report-model.ts';
import { referenceOf, referenceRecord } from './scope-reference.ts';
import { exportedUrl, pageUrl, type Home } from './urls.ts';

/** One row of /services.json and /services.csv. */
export interface ServiceRecord {
  /** Exactly as the report writes it. */
  name: string;
  slug: string;
  /** The category, as the report writes it. */
  category: string;
  /** The service's page: absolute, or root-relative where the site has no public URL. */
  url: string;
  /** The report's description; paragraphs separated by a blank line. */
  description: string;
  /** The report period (its folder name, `2017-04-01--2017-09-30`) whose report describes it. */
  period: string;
}

/** The services of a report as export records, in the report's order, with their pages at `home`. */
export function serviceRecords(report: Report, site: URL | string | undefined, home: Home = 'pinned'): ServiceRecord[] {
  return report.services.map((s) => ({
    name: s.name,
    slug: s.slug,
    category: s.category.title,
    url: exportedUrl(pageUrl(s.key, home), site),
    description: s.paragraphs.join('\n\n'),
    period: report.periodId,
  }));
}

/** What a spreadsheet reads as the start of a formula (OWASP, CSV Injection), full-width forms included. */
const formulaStart = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/**
 * RFC 4180 CSV: a header row, CRLF line ends, fields quoted where needed. A field a spreadsheet would run as a
 * formula (`=`, `+`, `-`, `@`, tab, CR first) is neutralised as OWASP's CSV Injection guidance says: a single
 * quote before it, and the field quoted. The JSON export keeps every text exactly.
 */
export function toCsv(records: readonly ServiceRecord[]): string {
  return stringify(records as ServiceRecord[], {
    header: true,
    columns: ['name', 'slug', 'category', 'url', 'description', 'period'],
    record_delimiter: 'windows',
    // A description's paragraphs are separated by a bare LF, which RFC 4180 allows only inside quotes.
    quoted_match: [/[\r\n]/, formulaStart],
    escape_formulas: true,
  });
}

/**
 * A period whose report gives its services by link has no records to export: its services.json says so, with
 * the report's words, the link and the day the publisher recorded it, rather than holding an empty list.
 */
export function servicesGivenByLink(report: Report) {
  const ref = referenceOf(report.facts, 'services');
  return ref && { period: report.periodId, services: 'given by link', reference: referenceRecord(ref) };
}

/** The same as CSV: a header row and one row (never a header alone, which reads as no services). */
export function givenByLinkCsv(given: NonNullable<ReturnType<typeof servicesGivenByLink>>): string {
  const { period, services, reference } = given;
  return stringify([{ period, services, ...reference }], {
    header: true,
    columns: ['period', 'services', 'words', 'url', 'checked'],
    record_delimiter: 'windows',
    quoted_match: [/[\r\n]/, formulaStart],
    escape_formulas: true,
  });
}
