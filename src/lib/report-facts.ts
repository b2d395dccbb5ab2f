import type { Criterion, ReportFacts } from '../schemas.ts';

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "28 November 2026": a date of the report or of the site's (stored as UTC midnight), as the site writes it. */
export const formatDate = (d: Date): string => dateFormat.format(d);

/** "1 April 2017 to 30 September 2017": the period as the site writes it everywhere. */
export function formatPeriod({ start, end }: ReportFacts['period'], joiner = ' to '): string {
  return `${dateFormat.format(start)}${joiner}${dateFormat.format(end)}`;
}

/** "Security, availability and confidentiality". */
export function formatCriteria(list: readonly Criterion[]): string {
  const words = list.map((c, i) => (i === 0 ? c[0]!.toUpperCase() + c.slice(1) : c));
  return words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

/** The organization's name without its legal suffix, for the site's name: "Amazon Web Services". */
export const shortOrganization = (facts: Pick<ReportFacts, 'organization'>): string =>
  facts.organization.replace(/,? (Inc|LLC|Ltd|GmbH)\.?$/, '');

/** ISO date (YYYY-MM-DD) of a period bound, for machine-readable output. */
export const isoDate = (d: Date): string => d.toISOString().slice(0, 10);
