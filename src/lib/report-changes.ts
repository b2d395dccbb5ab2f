/**
 * What changed in a report as a whole from one period to the next, beside its scope and its words
 * (src/lib/changes.ts): the trust services criteria it covers, the framework it cites (the criteria's source
 * document, word by word), services the report describes under another category, and the period itself: its
 * length against the previous one's, and the days the two share (consecutive 12-month periods issued every six
 * months overlap by six) or that neither covers.
 */
import { diffWords } from 'diff';
import type { Criterion } from '../schemas.ts';
import { ref, words, type ServiceRef, type WordChange } from './changes.ts';
import { gapBetween, lengthOf, overlapOf, type Length, type Span } from './period-span.ts';
import type { Report, Service } from './report-model.ts';

/** A stretch of days with its length. */
export type SpanWithLength = Span & Length;

/** The period against the previous one. */
export interface PeriodSpanChange {
  /** Whether the two periods' lengths differ as people say them (six months is six months, 182 days or 184). */
  lengthChanged: boolean;
  length: Length;
  previousLength: Length;
  /** The days both periods cover; undefined when they share none. */
  overlap: SpanWithLength | undefined;
  /** The days between the previous period's end and this one's start that neither covers; undefined when none. */
  gap: SpanWithLength | undefined;
}

export interface ReportChanges {
  /** Criteria the newer report covers and the older did not, and the reverse, in the reports' order. */
  criteria: { added: Criterion[]; removed: Criterion[] };
  /** The framework as each report cites it, and word by word; undefined when both cite the same words. */
  framework: { from: string; to: string; words: WordChange[] } | undefined;
  /** Services in both periods (through renames) that the newer report describes under another category. */
  moved: { from: ServiceRef; to: ServiceRef }[];
  /** Undefined for the first period, which has none before it. */
  span: PeriodSpanChange | undefined;
}

/** For the first period: nothing to compare with. */
export const noReportChanges: ReportChanges = {
  criteria: { added: [], removed: [] },
  framework: undefined,
  moved: [],
  span: undefined,
};

const withLength = (span: Span | undefined): SpanWithLength | undefined => span && { ...span, ...lengthOf(span) };

const sameLength = (a: Length, b: Length) => (a.months !== undefined || b.months !== undefined ? a.months === b.months : a.days === b.days);

/** The newer period against the older one: lengths, overlap and gap from the real dates. */
export function compareSpans(older: Span, newer: Span): PeriodSpanChange {
  const length = lengthOf(newer);
  const previousLength = lengthOf(older);
  return {
    lengthChanged: !sameLength(length, previousLength),
    length,
    previousLength,
    overlap: withLength(overlapOf(older, newer)),
    gap: withLength(gapBetween(older, newer)),
  };
}

/** Whether the period's relation to the previous one is news: another length, a shared stretch or a gap. */
const spanChanged = (s: PeriodSpanChange | undefined): boolean =>
  !!s && (s.overlap !== undefined || s.gap !== undefined || s.lengthChanged);

/** Whether any of these changed. */
export const hasReportChanges = (c: ReportChanges): boolean =>
  c.criteria.added.length > 0 || c.criteria.removed.length > 0 || c.framework !== undefined || c.moved.length > 0 || spanChanged(c.span);

/**
 * What changed in the report as a whole from `older` to `newer`; `kept` pairs each service in both periods
 * (matched by lineage, so a renamed service is one) with its successor.
 */
export function compareWholeReports(older: Report, newer: Report, kept: readonly { was: Service; now: Service }[]): ReportChanges {
  const { criteria: was, framework: from } = older.facts;
  const { criteria: now, framework: to } = newer.facts;
  return {
    criteria: { added: now.filter((c) => !was.includes(c)), removed: was.filter((c) => !now.includes(c)) },
    framework: from === to ? undefined : { from, to, words: words(diffWords(from, to)) },
    moved: kept
      .filter(({ was, now }) => was.category.title !== now.category.title)
      .map(({ was, now }) => ({ from: ref(was), to: ref(now) })),
    span: compareSpans(older.facts.period, newer.facts.period),
  };
}
