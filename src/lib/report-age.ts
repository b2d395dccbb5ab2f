/**
 * How long ago a report's period ended, for a reader today: the site is built once and read for years, so the
 * build writes the age it computes then, and a small script in the page (ReportIdentity.astro) recomputes it from
 * the period's end with the reader's clock. Whole calendar units, in UTC like the report's dates.
 */
export interface ReportAge {
  /** "ended 9 years ago", "ended 5 months ago", "ended 12 days ago". */
  ended: string;
  /** A year or more since the period ended: the organization may well have published a newer report. */
  overAYear: boolean;
}

const relative = new Intl.RelativeTimeFormat('en', { numeric: 'always' });
const dayMs = 86_400_000;

export function reportAge(end: Date, now: Date): ReportAge {
  const months =
    (now.getUTCFullYear() - end.getUTCFullYear()) * 12 +
    (now.getUTCMonth() - end.getUTCMonth()) -
    (now.getUTCDate() < end.getUTCDate() ? 1 : 0);
  const [value, unit]: [number, Intl.RelativeTimeFormatUnit] =
    months >= 12
      ? [Math.floor(months / 12), 'year']
      : months >= 1
        ? [months, 'month']
        : [Math.max(0, Math.floor((now.getTime() - end.getTime()) / dayMs)), 'day'];
  return { ended: `ended ${relative.format(-value, unit)}`, overAYear: months >= 12 };
}
