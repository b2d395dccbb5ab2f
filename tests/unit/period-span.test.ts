import { describe, expect, it } from 'vitest';
import { daysOf, formatLength, gapBetween, lengthOf, overlapOf, periodCoverage, periodLength } from '../../src/lib/period-span.ts';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const span = (start: string, end: string) => ({ start: d(start), end: d(end) });
const iso = (s: { start: Date; end: Date } | undefined) => s && [s.start.toISOString().slice(0, 10), s.end.toISOString().slice(0, 10)];

describe('length of a period, first and last day included', () => {
  it('counts whole months from the first of a month to the last day of one', () => {
    expect(lengthOf(span('2017-04-01', '2017-09-30'))).toEqual({ days: 183, months: 6 });
    expect(lengthOf(span('2023-10-01', '2024-09-30'))).toEqual({ days: 366, months: 12 }); // 29 February 2024
    expect(lengthOf(span('2024-04-01', '2025-03-31'))).toEqual({ days: 365, months: 12 });
    expect(lengthOf(span('2024-02-01', '2024-02-29'))).toEqual({ days: 29, months: 1 });
  });

  it('counts whole months from any day to the day before the same day of a later month', () => {
    expect(lengthOf(span('2024-01-15', '2024-07-14'))).toEqual({ days: 182, months: 6 });
  });

  it('has days only when the period is no whole number of months', () => {
    expect(lengthOf(span('2017-04-15', '2017-09-30'))).toEqual({ days: 169, months: undefined });
    expect(lengthOf(span('2017-04-01', '2017-04-01'))).toEqual({ days: 1, months: undefined });
  });

  it('says it as people do', () => {
    expect(periodLength(span('2017-04-01', '2017-09-30'))).toBe('6 months');
    expect(periodLength(span('2023-10-01', '2024-09-30'))).toBe('12 months');
    expect(periodLength(span('2024-02-01', '2024-02-29'))).toBe('1 month');
    expect(periodLength(span('2017-04-15', '2017-09-30'))).toBe('169 days');
    expect(formatLength({ days: 1, months: undefined })).toBe('1 day');
    expect(formatLength({ days: 2191, months: undefined })).toBe('2,191 days');
  });
});

describe('overlap and gap between periods', () => {
  it('consecutive 12-month periods issued six months apart share six months', () => {
    const shared = overlapOf(span('2023-10-01', '2024-09-30'), span('2024-04-01', '2025-03-31'));
    expect(iso(shared)).toEqual(['2024-04-01', '2024-09-30']);
    expect(lengthOf(shared!)).toEqual({ days: 183, months: 6 });
    expect(iso(overlapOf(span('2024-04-01', '2025-03-31'), span('2023-10-01', '2024-09-30')))).toEqual(['2024-04-01', '2024-09-30']);
  });

  it('periods that follow each other share nothing and leave no gap', () => {
    expect(overlapOf(span('2017-04-01', '2017-09-30'), span('2017-10-01', '2018-03-31'))).toBeUndefined();
    expect(gapBetween(span('2017-04-01', '2017-09-30'), span('2017-10-01', '2018-03-31'))).toBeUndefined();
  });

  it('a period that starts on the previous one’s last day shares that day', () => {
    expect(lengthOf(overlapOf(span('2017-04-01', '2017-09-30'), span('2017-09-30', '2018-03-31'))!).days).toBe(1);
  });

  it('names the days neither period covers', () => {
    const gap = gapBetween(span('2017-04-01', '2017-09-30'), span('2023-10-01', '2024-09-30'));
    expect(iso(gap)).toEqual(['2017-10-01', '2023-09-30']);
    expect(lengthOf(gap!)).toEqual({ days: 2191, months: 72 });
    expect(lengthOf(gapBetween(span('2017-04-01', '2017-09-30'), span('2017-10-02', '2018-03-31'))!)).toEqual({
      days: 1,
      months: undefined,
    });
    expect(gapBetween(span('2023-10-01', '2024-09-30'), span('2024-04-01', '2025-03-31'))).toBeUndefined();
  });
});

describe('a period’s length', () => {
  it('counts whole months from the first of a month to the last day of one', () => {
    expect(periodLength(span('2017-04-01', '2017-09-30'))).toBe('6 months');
    expect(periodLength(span('2023-10-01', '2024-09-30'))).toBe('12 months');
    expect(periodLength(span('2024-02-01', '2024-02-29'))).toBe('1 month');
    expect(lengthOf(span('2024-04-01', '2025-03-31')).months).toBe(12);
  });
  it('counts days otherwise', () => {
    expect(periodLength(span('2017-04-15', '2017-09-30'))).toBe('169 days');
    expect(lengthOf(span('2017-04-15', '2017-09-30')).months).toBeUndefined();
    expect(periodLength(span('2017-04-15', '2017-04-15'))).toBe('1 day');
  });
});

describe('overlap', () => {
  it('12-month periods issued every six months share six months', () => {
    const fall = span('2023-10-01', '2024-09-30');
    const spring = span('2024-04-01', '2025-03-31');
    expect(overlapOf(spring, fall)).toEqual(span('2024-04-01', '2024-09-30'));
    expect(daysOf(overlapOf(spring, fall))).toBe(183);
    expect(daysOf(overlapOf(fall, spring))).toBe(183);
  });
  it('periods that follow each other share nothing; a period inside another shares all its days', () => {
    expect(overlapOf(span('2017-04-01', '2017-09-30'), span('2016-10-01', '2017-03-31'))).toBeUndefined();
    expect(daysOf(overlapOf(span('2017-04-01', '2017-09-30'), span('2016-10-01', '2017-03-31')))).toBe(0);
    expect(overlapOf(span('2024-03-01', '2024-06-30'), span('2024-01-01', '2024-12-31'))).toEqual(span('2024-03-01', '2024-06-30'));
  });
});

describe('periodCoverage: what /reports/ and the period notices say a period covers', () => {
  it('a 12-month period overlapping the one before: both say the overlap', () => {
    expect(periodCoverage(span('2024-04-01', '2025-03-31'), span('2023-10-01', '2024-09-30'))).toEqual({
      covers: '12 months, overlapping the report for 1 October 2023 to 30 September 2024 by 6 months (1 April 2024 to 30 September 2024)',
      note: 'This report covers 12 months, 1 April 2024 to 31 March 2025, overlapping the previous report by 6 months (1 April 2024 to 30 September 2024).',
    });
  });
  it('a period of another length than the one before, with no overlap: the notice says both lengths', () => {
    expect(periodCoverage(span('2023-10-01', '2024-09-30'), span('2023-04-01', '2023-09-30'))).toEqual({
      covers: '12 months',
      note: 'This report covers 12 months, 1 October 2023 to 30 September 2024; the previous report covered 6 months.',
    });
  });
  it('a report of the same dates as the one before (it supersedes it) replaces it', () => {
    expect(periodCoverage(span('2017-04-01', '2017-09-30'), span('2017-04-01', '2017-09-30'))).toEqual({
      covers: '6 months, the same period as the earlier report below, which this one replaces (reissued)',
      note: 'This report replaces the earlier report for the same period, 1 April 2017 to 30 September 2017.',
    });
  });
  it('a period like the one before, or the earliest: its length, and no notice', () => {
    expect(periodCoverage(span('2017-04-01', '2017-09-30'), span('2016-10-01', '2017-03-31'))).toEqual({
      covers: '6 months',
      note: undefined,
    });
    expect(periodCoverage(span('2017-04-01', '2017-09-30'), undefined)).toEqual({ covers: '6 months', note: undefined });
  });
});
