/**
 * Arithmetic on report periods, the one place that does it: a period runs from its first day to its last day,
 * both covered whole (dates are UTC midnights), so 1 October 2023 to 30 September 2024 is 366 days and 12 months.
 * Used by what changed (a period's length, its overlap with or gap after the one before) and by the coverage
 * timeline of /reports/, the period notices and `npm run new-period`.
 */
import { formatPeriod } from './report-facts.ts';

/** A stretch of days, first and last included. */
export interface Span {
  start: Date;
  end: Date;
}

/** How long a span is: its days, and its whole calendar months when it is a number of them (else undefined). */
export interface Length {
  days: number;
  months: number | undefined;
}

const dayMs = 86_400_000;

/** The day after `d`: the first day a span ending on `d` no longer covers. */
export const dayAfter = (d: Date): Date => new Date(+d + dayMs);
const dayBefore = (d: Date): Date => new Date(+d - dayMs);

/** Days from `from` up to, not including, `to` (negative when `to` is earlier). */
export const daysBetween = (from: Date, to: Date): number => Math.round((+to - +from) / dayMs);

/**
 * A span's length. Months are whole when the day after its end has the day of the month its start has
 * (1 April to 30 September: 6; 15 January to 14 July: 6); a span that does not end so has days only.
 */
export function lengthOf({ start, end }: Span): Length {
  const next = dayAfter(end);
  const days = daysBetween(start, next);
  const months = (next.getUTCFullYear() - start.getUTCFullYear()) * 12 + next.getUTCMonth() - start.getUTCMonth();
  return { days, months: next.getUTCDate() === start.getUTCDate() && months > 0 ? months : undefined };
}

/** "12 months", "1 month", or in days where it is no whole number of months: "169 days". */
export function formatLength({ days, months }: Length): string {
  if (months !== undefined) return months === 1 ? '1 month' : `${months} months`;
  return days === 1 ? '1 day' : `${days.toLocaleString('en-GB')} days`;
}

/** A span's length as people say it (the coverage timeline's "Length"). */
export const periodLength = (span: Span): string => formatLength(lengthOf(span));

/** The days two spans both cover, or undefined when they share none. */
export function overlapOf(a: Span, b: Span): Span | undefined {
  const start = +a.start > +b.start ? a.start : b.start;
  const end = +a.end < +b.end ? a.end : b.end;
  return +start <= +end ? { start, end } : undefined;
}

/** The days after `earlier` ends and before `later` starts, or undefined when `later` starts by the day after. */
export function gapBetween(earlier: Pick<Span, 'end'>, later: Pick<Span, 'start'>): Span | undefined {
  const start = dayAfter(earlier.end);
  return +later.start > +start ? { start, end: dayBefore(later.start) } : undefined;
}

/** Days of a span that may not be there (0 for none). */
export const daysOf = (span: Span | undefined): number => (span ? lengthOf(span).days : 0);

/** Whether two spans are the same days. */
export const sameSpan = (a: Span, b: Span): boolean => +a.start === +b.start && +a.end === +b.end;

/** How a period stands to the one before it, said for /reports/ and for the period notices (route data carries both). */
export interface PeriodCoverage {
  /**
   * /reports/' "Covers": the period's length, and whether it replaces (reissued for the same dates) or overlaps
   * the report before it: "12 months, overlapping the report for 1 October 2023 to 30 September 2024 by 6 months
   * (1 April 2024 to 30 September 2024)".
   */
  covers: string;
  /**
   * The period notices' sentence, where it is worth saying: when the period overlaps the one before it, or is
   * not as long, or replaces it. "This report covers 12 months, 1 October 2023 to 30 September 2024, overlapping
   * the previous report by 6 months (1 October 2023 to 31 March 2024)." Undefined for a period like the one before
   * it, and for the earliest.
   */
  note: string | undefined;
}

/** What a period covers against `previous`, the period before it (undefined for the earliest). */
export function periodCoverage(period: Span, previous: Span | undefined): PeriodCoverage {
  const length = periodLength(period);
  if (!previous) return { covers: length, note: undefined };
  if (sameSpan(period, previous))
    return {
      covers: `${length}, the same period as the earlier report below, which this one replaces (reissued)`,
      note: `This report replaces the earlier report for the same period, ${formatPeriod(period)}.`,
    };
  const both = overlapOf(period, previous);
  const covers = `This report covers ${length}, ${formatPeriod(period)}`;
  if (both)
    return {
      covers: `${length}, overlapping the report for ${formatPeriod(previous)} by ${periodLength(both)} (${formatPeriod(both)})`,
      note: `${covers}, overlapping the previous report by ${periodLength(both)} (${formatPeriod(both)}).`,
    };
  const before = periodLength(previous);
  return { covers: length, note: length === before ? undefined : `${covers}; the previous report covered ${before}.` };
}
