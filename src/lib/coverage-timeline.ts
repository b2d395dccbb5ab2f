/**
 * The coverage timeline of /reports/: each period as a bar on one time axis, so that overlapping 12-month
 * periods, gaps between reports and backfilled periods can be seen at a glance, with the site's publication and
 * correction dates marked. Pure geometry in SVG user units; the component draws it at build time and a table says
 * the same in words.
 */

/** What the timeline needs of a period. */
export interface TimelinePeriod {
  id: string;
  start: Date;
  end: Date;
  published: Date;
  corrections: readonly Date[];
}

export interface TimelineMark {
  kind: 'published' | 'correction';
  date: Date;
  x: number;
}

export interface TimelineBar {
  period: TimelinePeriod;
  /** The lane the bar sits in: overlapping periods never share one. */
  lane: number;
  x: number;
  width: number;
  marks: TimelineMark[];
  /** Days this period shares with the one that started before it (0 when none). */
  overlapDays: number;
  /** Days no period covers between the previous period's end and this one's start (0 when none). */
  gapDays: number;
}

export interface Timeline {
  width: number;
  lanes: number;
  bars: TimelineBar[];
  /** 1 January of each year on the axis, with its position. */
  years: { year: number; x: number }[];
}

const day = 86_400_000;
const days = (from: Date, to: Date) => Math.round((+to - +from) / day);
/** The day after `d`: a period's end is its last day, covered whole. */
const after = (d: Date) => new Date(+d + day);

/**
 * Lays the periods out oldest first on an axis `width` units wide, from the first period's start to the last date
 * shown (an end, a publication or a correction). Each bar takes the lowest lane free when it starts.
 */
export function coverageTimeline(periods: readonly TimelinePeriod[], width = 600): Timeline {
  const oldest = [...periods].sort((a, b) => +a.start - +b.start || +a.end - +b.end);
  if (oldest.length === 0) return { width, lanes: 0, bars: [], years: [] };
  const from = Date.UTC(oldest[0]!.start.getUTCFullYear(), 0, 1);
  const last = Math.max(...oldest.flatMap((p) => [+after(p.end), +p.published, ...p.corrections.map(Number)]));
  const to = Date.UTC(new Date(last).getUTCFullYear() + 1, 0, 1);
  const x = (d: Date | number) => ((+d - from) / (to - from)) * width;

  const laneEnds: number[] = [];
  let coveredUntil = -Infinity;
  const bars = oldest.map((period, i): TimelineBar => {
    let lane = laneEnds.findIndex((end) => end <= +period.start);
    if (lane < 0) lane = laneEnds.length;
    laneEnds[lane] = +after(period.end);
    const previous = oldest[i - 1];
    const overlapDays = previous ? Math.max(0, days(period.start, after(previous.end))) : 0;
    const gapDays = i > 0 ? Math.max(0, days(new Date(coveredUntil), period.start)) : 0;
    coveredUntil = Math.max(coveredUntil, +after(period.end));
    return {
      period,
      lane,
      x: x(period.start),
      width: x(after(period.end)) - x(period.start),
      marks: [
        { kind: 'published', date: period.published, x: x(period.published) },
        ...period.corrections.map((date) => ({ kind: 'correction' as const, date, x: x(date) })),
      ],
      overlapDays,
      gapDays,
    };
  });
  const years = Array.from({ length: new Date(to).getUTCFullYear() - new Date(from).getUTCFullYear() + 1 }, (_, k) => {
    const year = new Date(from).getUTCFullYear() + k;
    return { year, x: x(Date.UTC(year, 0, 1)) };
  });
  return { width, lanes: laneEnds.length, bars, years };
}

/**
 * A period's length as people say it: "6 months", "12 months" when it runs from the first of a month to the last
 * day of a month; otherwise in days.
 */
export function periodLength({ start, end }: { start: Date; end: Date }): string {
  const next = after(end);
  if (start.getUTCDate() === 1 && next.getUTCDate() === 1) {
    const months = (next.getUTCFullYear() - start.getUTCFullYear()) * 12 + next.getUTCMonth() - start.getUTCMonth();
    return months === 1 ? '1 month' : `${months} months`;
  }
  const n = days(start, next);
  return n === 1 ? '1 day' : `${n} days`;
}
