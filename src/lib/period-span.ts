/**
 * A report period's length and its overlap with another, as people say them: since 2024 AWS's SOC 3 reports
 * cover 12 months and come every six months, so each overlaps the one before by six months. Dates are UTC
 * midnights; a period's end is its last day, covered whole.
 */
import { formatPeriod } from './report-facts.ts';

/** A stretch of days, first and last included. */
export interface Span {
  start: Date;
  end: Date;
}

const day = 86_400_000;
/** The day after `d`. */
const after = (d: Date) => new Date(+d + day);

/** Days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: Date, to: Date): number => Math.round((+to - +from) / day);

/** Whole calendar months, when the span runs from the first of a month to the last day of a month; else undefined. */
export function wholeMonths({ start, end }: Span): number | undefined {
  const next = after(end);
  if (start.getUTCDate() !== 1 || next.getUTCDate() !== 1) return undefined;
  return (next.getUTCFullYear() - start.getUTCFullYear()) * 12 + next.getUTCMonth() - start.getUTCMonth();
}

/** "6 months", "12 months" for whole months; otherwise in days ("169 days"). */
export function spanLength(span: Span): string {
  const months = wholeMonths(span);
  if (months !== undefined) return months === 1 ? '1 month' : `${months} months`;
  const n = daysBetween(span.start, after(span.end));
  return n === 1 ? '1 day' : `${n} days`;
}

/** Whether two spans are the same days. */
export const sameSpan = (a: Span, b: Span): boolean => +a.start === +b.start && +a.end === +b.end;

/** The days both spans cover; undefined when they share none. */
export function overlapOf(a: Span, b: Span): Span | undefined {
  const start = new Date(Math.max(+a.start, +b.start));
  const end = new Date(Math.min(+a.end, +b.end));
  return start <= end ? { start, end } : undefined;
}

/** How many days both spans cover (0 when none). */
export const overlapDays = (a: Span, b: Span): number => {
  const both = overlapOf(a, b);
  return both ? daysBetween(both.start, after(both.end)) : 0;
};

/**
 * What a period notice says of a period's coverage, where it is worth saying: when the period overlaps the one
 * before it, or is not as long as that one. "This report covers 12 months, 1 October 2023 to 30 September 2024,
 * overlapping the previous report by 6 months (1 October 2023 to 31 March 2024)." A report of the same dates as
 * the one before it (one that `supersedes` it) says it replaces it. Undefined for a period like the one before
 * it, and for the earliest.
 */
export function coverageNote(period: Span, previous: Span | undefined): string | undefined {
  if (!previous) return undefined;
  if (sameSpan(period, previous)) return `This report replaces the earlier report for the same period, ${formatPeriod(period)}.`;
  const both = overlapOf(period, previous);
  if (!both && spanLength(period) === spanLength(previous)) return undefined;
  const covers = `This report covers ${spanLength(period)}, ${formatPeriod(period)}`;
  return both
    ? `${covers}, overlapping the previous report by ${spanLength(both)} (${formatPeriod(both)}).`
    : `${covers}; the previous report covered ${spanLength(previous)}.`;
}
