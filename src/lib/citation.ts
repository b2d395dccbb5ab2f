/**
 * How the site cites a part of the report: the organization, the report and its period, the part (with its
 * kind), the pinned URL (whose text never changes), and the date the reader accessed it. The format is the
 * site's; the parts it names are the report's.
 */
import { formatPeriod } from './report-facts.ts';
import type { ReportFacts } from '../schemas.ts';

export interface CitationSource {
  /** "Amazon Web Services, Inc., SOC 3 report, 1 April 2017 to 30 September 2017". */
  report: string;
  /** The part cited, as the report names it: "AWS Lambda". */
  part: string;
  /** What kind of part it is: "Compute · Service", "Report section", "Paragraph 3 of Infrastructure". */
  kind: string;
}

/** The report as a citation names it. */
export const citedReport = (facts: Pick<ReportFacts, 'organization' | 'document' | 'period'>): string =>
  `${facts.organization}, ${facts.document}, ${formatPeriod(facts.period)}`;

/** `Amazon Web Services, Inc., SOC 3 report, 1 April 2017 to 30 September 2017. “AWS Lambda” (Compute · Service). https://…/. Accessed 1 December 2026.` */
export function citation(source: CitationSource, pinnedUrl: string, accessed: Date): string {
  return `${source.report}. “${source.part}” (${source.kind}). ${pinnedUrl}. Accessed ${accessedFormat.format(accessed)}.`;
}

/** The day the reader accessed the page, in the reader's own time zone. */
const accessedFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
