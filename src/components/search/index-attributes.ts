import { formatPeriod } from '../../lib/report-facts.ts';

/**
 * What the search index knows about a page beyond its text, as `data-pagefind-*` attributes for the
 * element that holds the page's report text (spread them onto it). Filters give the search its
 * "Kind" and "Category" choices; metadata is shown with each result and, being searchable, lets a
 * service be found by its abbreviation or short name ("S3", "Amazon S3") as well as its full name.
 */

/** The kinds of indexed page, as the "Kind" filter names them. */
export const pageKinds = {
  service: 'Service',
  section: 'Report section',
  category: 'Service category',
  locations: 'Locations',
} as const;
export type PageKind = (typeof pageKinds)[keyof typeof pageKinds];

export interface IndexFacts {
  kind: PageKind;
  /** The report's category title, for a service or a category page. */
  category?: string | undefined;
  /** e.g. "EC2": searchable metadata, not page text. */
  abbreviation?: string | undefined;
  /** e.g. "Amazon EC2": searchable metadata, not page text. */
  shortName?: string | undefined;
  /** Later names and aliases (src/lib/search-names.ts): searchable metadata, never shown. */
  aliases?: readonly string[] | undefined;
  /**
   * The report period the page shows: its folder name is the `period` filter (search stays in one period), and
   * a superseded period's label goes with each of its results.
   */
  period: { id: string; label: string; latest: boolean };
}

/**
 * The attributes, e.g. for a service: `data-pagefind-filter="category[data-search-category], kind:Service"`.
 * Values go through attributes (`key[attr]`), so no value can break Pagefind's comma-separated syntax;
 * only the kind is inline, and last, as Pagefind requires of an inline value.
 */
export function indexAttributes({ kind, category, abbreviation, shortName, aliases, period }: IndexFacts): Record<string, string> {
  const attributes: Record<string, string> = { 'data-search-period': period.id };
  const filters: string[] = ['period[data-search-period]'];
  const meta: string[] = [];
  if (!period.latest) {
    attributes['data-search-period-label'] = period.label;
    meta.push('period[data-search-period-label]');
  }
  if (category) {
    attributes['data-search-category'] = category;
    filters.push('category[data-search-category]');
    meta.push('category[data-search-category]');
  }
  if (abbreviation) {
    attributes['data-search-abbreviation'] = abbreviation;
    meta.push('abbreviation[data-search-abbreviation]');
  }
  if (shortName && shortName !== abbreviation) {
    attributes['data-search-short-name'] = shortName;
    meta.push('short_name[data-search-short-name]');
  }
  if (aliases && aliases.length > 0) {
    attributes['data-search-aliases'] = aliases.join(' · ');
    meta.push('aliases[data-search-aliases]');
  }
  filters.push(`kind:${kind}`);
  meta.push(`kind:${kind}`);
  return { ...attributes, 'data-pagefind-filter': filters.join(', '), 'data-pagefind-meta': meta.join(', ') };
}

/** The search facts of a report's period. */
export const searchPeriod = (report: { periodId: string; latest: boolean; facts: { period: { start: Date; end: Date } } }) => ({
  id: report.periodId,
  label: formatPeriod(report.facts.period),
  latest: report.latest,
});
