/**
 * The coverage timeline of /reports/: each period as a bar on one time axis, so that overlapping 12-month
 * periods, gaps between reports and backfilled periods can be seen at a glance, with the site's publication and
 * correction dates marked. Pure geometry in SVG user units; the component draws it at build time and a table says
 * the same in words. Period arithmetic: src/lib/period-span.ts.
 */
import { byDatesNewestFirst } from './period-order.ts';
import { dayAfter, daysOf, gapBetween, overlapOf, type Span } from './period-span.ts';

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
  /** Days this period shares with the period before it by the rule (0 when none), and those days. */
  overlapDays: number;
  overlap: Span | undefined;
  /** Days no period covers between the previous period's end and this one's start (0 when none), and those days. */
  gapDays: number;
  gap: Span | undefined;
}

export interface Timeline {
  width: number;
  lanes: number;
  bars: TimelineBar[];
  /** 1 January of each year on the axis, with its position. */
  years: { year: number; x: number }[];
}

/**
 * Lays the periods out oldest first by the site's rule (src/lib/period-order.ts: end, then start; give them newest
 * first, as `periods.pinned` holds them, so that reports of the same dates keep the order `supersedes` gave them)
 * on an axis `width` units wide, from the earliest start to the last date shown (an end, a publication or a
 * correction). Each bar takes the lowest lane free when it starts: taken in the order of their ends, no two bars in
 * a lane overlap.
 */
export function coverageTimeline(periods: readonly TimelinePeriod[], width = 600): Timeline {
  // A stable sort of the reversed list: equal dates stay oldest first.
  const oldest = [...periods].reverse().sort((a, b) => byDatesNewestFirst(b, a));
  if (oldest.length === 0) return { width, lanes: 0, bars: [], years: [] };
  const from = Date.UTC(new Date(Math.min(...oldest.map((p) => +p.start))).getUTCFullYear(), 0, 1);
  const last = Math.max(...oldest.flatMap((p) => [+dayAfter(p.end), +p.published, ...p.corrections.map(Number)]));
  const to = Date.UTC(new Date(last).getUTCFullYear() + 1, 0, 1);
  const x = (d: Date | number) => ((+d - from) / (to - from)) * width;

  const laneEnds: number[] = [];
  /** The last day any period so far covers. */
  let coveredUntil: Date | undefined;
  const bars = oldest.map((period, i): TimelineBar => {
    let lane = laneEnds.findIndex((end) => end <= +period.start);
    if (lane < 0) lane = laneEnds.length;
    laneEnds[lane] = +dayAfter(period.end);
    const previous = oldest[i - 1];
    const overlap = previous && overlapOf(previous, period);
    const gap = coveredUntil && gapBetween({ end: coveredUntil }, period);
    if (!coveredUntil || +period.end > +coveredUntil) coveredUntil = period.end;
    return {
      period,
      lane,
      x: x(period.start),
      width: x(dayAfter(period.end)) - x(period.start),
      marks: [
        { kind: 'published', date: period.published, x: x(period.published) },
        ...period.corrections.map((date) => ({ kind: 'correction' as const, date, x: x(date) })),
      ],
      overlapDays: daysOf(overlap),
      overlap,
      gapDays: daysOf(gap),
      gap,
    };
  });
  const years = Array.from({ length: new Date(to).getUTCFullYear() - new Date(from).getUTCFullYear() + 1 }, (_, k) => {
    const year = new Date(from).getUTCFullYear() + k;
    return { year, x: x(Date.UTC(year, 0, 1)) };
  });
  return { width, lanes: laneEnds.length, bars, years };
}
