/**
 * Which report period is the latest, and the order of all of them: the one stated rule (README, "Periods").
 *
 * 1. The period that ends later is the newer.
 * 2. Of two that end on the same day, the one that starts later is the newer (the shorter, more recent report).
 * 3. Of two with the same dates, the one whose report.yaml says `supersedes: <the other's folder>` is the newer.
 *
 * Never the folder order. Overlapping periods are ordinary (12-month reports issued every six months) and are
 * ordered by rule 1. Two periods with the same dates and no `supersedes` between them, a `supersedes` naming no
 * period, one naming a period its dates already make newer, and a cycle are each a problem to fix.
 */
import type { ContentProblem } from './content-problem.ts';
import { isoDate } from './report-facts.ts';

/** What the rule needs of a period. */
export interface PeriodToOrder {
  /** The period folder, e.g. `2017-04-01--2017-09-30`. */
  id: string;
  start: Date;
  end: Date;
  /** The folder of the period with the same dates that this one replaces (report.yaml `supersedes`). */
  supersedes?: string | undefined;
  /** Its report.yaml, and the line of its `supersedes:` (or `period:`) for messages. */
  file?: string | undefined;
  line?: number | undefined;
}

/** Compares by the dates alone: negative when `a` is newer (rules 1 and 2), 0 when the dates are the same. */
export const byDatesNewestFirst = (a: PeriodToOrder, b: PeriodToOrder): number => +b.end - +a.end || +b.start - +a.start;

/** The periods newest first by the rule (the first is the latest); or every problem that keeps the rule from deciding. */
export function orderPeriods<P extends PeriodToOrder>(periods: readonly P[]): { newestFirst?: P[]; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const byId = new Map(periods.map((p) => [p.id, p]));
  const problem = (p: P, message: string) => problems.push({ ...(p.file === undefined ? {} : { file: p.file }), line: p.line, message });

  for (const p of periods) {
    if (p.supersedes === undefined) continue;
    const other = byId.get(p.supersedes);
    if (!other)
      problem(
        p,
        `supersedes: "${p.supersedes}" is not a period of this site (its periods: ${[...byId.keys()].sort().join(', ')}): name the folder of the period with the same dates that this report replaces, exactly, or remove the field`,
      );
    else if (other === p) problem(p, `supersedes: a period cannot supersede itself: remove the field`);
    else if (byDatesNewestFirst(p, other) > 0)
      problem(
        p,
        `supersedes: "${other.id}" ends later (or ends on the same day and starts later), so the dates already make it the newer: supersedes only decides between periods with the same dates; remove the field`,
      );
  }
  if (problems.length > 0) return { problems };

  // Periods with the same dates: `supersedes` must chain them into one line, newest first.
  const sorted = [...periods].sort(byDatesNewestFirst);
  const newestFirst: P[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j < sorted.length && byDatesNewestFirst(sorted[i]!, sorted[j]!) === 0) j++;
    const tied = sorted.slice(i, j);
    const chained = tied.length === 1 ? tied : chain(tied, problem);
    if (chained) newestFirst.push(...chained);
    i = j;
  }
  return problems.length > 0 ? { problems } : { newestFirst, problems };
}

/** Periods with the same dates in `supersedes` order, newest first; undefined (with a problem) when they do not form one line. */
function chain<P extends PeriodToOrder>(tied: P[], problem: (p: P, message: string) => void): P[] | undefined {
  const ids = tied.map((p) => p.id).sort();
  const dates = ` (${isoDate(tied[0]!.start)} to ${isoDate(tied[0]!.end)})`;
  const inTie = new Set(ids);
  const superseded = new Set<string>();
  for (const p of tied) {
    if (p.supersedes === undefined || !inTie.has(p.supersedes)) continue;
    if (superseded.has(p.supersedes)) {
      problem(
        p,
        `supersedes: another period already supersedes "${p.supersedes}": each period can be superseded by one only; name the next older one`,
      );
      return undefined;
    }
    superseded.add(p.supersedes);
  }
  const newest = tied.filter((p) => !superseded.has(p.id));
  if (newest.length === 0) {
    problem(
      tied.find((p) => p.supersedes)!,
      `supersedes: the periods ${ids.join(', ')}${dates} supersede each other in a cycle: the oldest of them must not have "supersedes"; remove it there`,
    );
    return undefined;
  }
  if (newest.length > 1) {
    problem(
      newest[0]!,
      `the periods ${ids.join(', ')} have the same dates${dates}, so neither the end nor the start date says which is the latest: in the report.yaml of the one that replaces the other, add "supersedes: <the other's folder>"`,
    );
    return undefined;
  }
  const line: P[] = [];
  const seen = new Set<string>();
  for (let p: P | undefined = newest[0]; p && !seen.has(p.id); p = tied.find((q) => q.id === p!.supersedes)) {
    seen.add(p.id);
    line.push(p);
  }
  if (line.length < tied.length) {
    const left = tied.find((p) => !seen.has(p.id))!;
    problem(
      left,
      `supersedes: ${left.id} is not in the line of periods with the same dates (${ids.join(', ')}) that supersedes makes: each but the oldest must supersede the next older one`,
    );
    return undefined;
  }
  return line;
}

/**
 * For a backfilled period (one published on this site after a newer period was): those newer periods, newest
 * first; empty for a period published in its turn. `newestFirst` is the rule's order.
 */
export function newerPublishedBefore<P>(newestFirst: readonly P[], period: P, published: (p: P) => Date): P[] {
  const newer = newestFirst.slice(0, newestFirst.indexOf(period));
  return newer.filter((p) => +published(p) < +published(period));
}
