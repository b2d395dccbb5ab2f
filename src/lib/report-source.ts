/**
 * The report's own facts beyond its identity: the original PDF a period may publish beside its pages, and the
 * checks of what `report.yaml` records of the report (assertion, auditor, source). Pure: the caller reads files.
 */
import { fieldLine } from './yaml-lines.ts';
import { createHash } from 'node:crypto';
import type { ContentProblem } from './content-problem.ts';
import { formatDate } from './report-facts.ts';
import { periodFileUrl } from './urls.ts';
import type { ReportFacts } from '../schemas.ts';

/** The original PDF as the site publishes it: where, how big, and its digest, computed from its bytes at build time. */
export interface SourcePdf {
  /** Its file name in the period folder, and at its URL. */
  name: string;
  /** Its path in the project, which the build copies to `url`. */
  file: string;
  /** Beside the period's pinned pages only: a PDF is one period's, whatever the latest is. */
  url: string;
  bytes: number;
  /** Lower-case hex. */
  sha256: string;
}

export function describePdf(periodId: string, file: string, name: string, bytes: Uint8Array): SourcePdf {
  return {
    name,
    file,
    url: periodFileUrl(periodId, name),
    bytes: bytes.byteLength,
    sha256: createHash('sha256').update(bytes).digest('hex'),
  };
}

/** The site's label of a section of `kind: auditor-report`, on its page and in the full report. */
export const auditorReportLabel = 'Independent service auditor’s report';

/** "12.3 KB": a file's size as the site writes it (1 KB = 1,000 bytes, as file managers show it). */
export function formatSize(bytes: number): string {
  if (bytes < 1000) return `${bytes} bytes`;
  const [value, unit] = bytes < 1e6 ? [bytes / 1e3, 'KB'] : [bytes / 1e6, 'MB'];
  return `${value.toLocaleString('en-GB', { maximumFractionDigits: 1 })} ${unit}`;
}

/** A report's own dates fall after its period, within a year: a date outside that is a typo or another report's. */
const latestSensible = (end: Date) => new Date(Date.UTC(end.getUTCFullYear() + 1, end.getUTCMonth(), end.getUTCDate()));

function dateProblem(date: Date | undefined, what: string, facts: ReportFacts, line: number): ContentProblem[] {
  if (!date) return [];
  const { end } = facts.period;
  if (date >= end && date <= latestSensible(end)) return [];
  return [
    {
      line,
      message: `${what} is ${formatDate(date)}, outside the period's end (${formatDate(end)}) and the year after it: a report is dated after the period it covers; check the date printed in the report`,
    },
  ];
}

/** The magic bytes every PDF file starts with. */
const isPdf = (bytes: Uint8Array) => new TextDecoder('latin1').decode(bytes.subarray(0, 5)) === '%PDF-';

/**
 * What is wrong in what `report.yaml` records of the report itself: a date outside sense, a PDF named but missing
 * or not a PDF. `sibling` reads a file beside report.yaml (undefined when there is none). Lines are report.yaml's.
 */
export function sourceProblems(facts: ReportFacts, yaml: string, sibling: (name: string) => Uint8Array | undefined): ContentProblem[] {
  const problems = [
    ...dateProblem(facts.assertion?.date, 'assertion.date', facts, fieldLine(yaml, ['assertion', 'date']) ?? 1),
    ...dateProblem(facts.auditor?.date, 'auditor.date', facts, fieldLine(yaml, ['auditor', 'date']) ?? 1),
  ];
  const pdf = facts.source?.pdf;
  if (pdf) {
    const line = fieldLine(yaml, ['source', 'pdf']) ?? 1;
    const bytes = sibling(pdf);
    if (!bytes)
      problems.push({
        line,
        message: `source.pdf names "${pdf}", but there is no such file beside report.yaml: put the report's PDF there under that name, or remove source.pdf`,
      });
    else if (!isPdf(bytes))
      problems.push({
        line,
        message: `source.pdf "${pdf}" is not a PDF (a PDF starts with "%PDF-"): put the report's original PDF there, not a renamed file of another kind`,
      });
  }
  return problems;
}
