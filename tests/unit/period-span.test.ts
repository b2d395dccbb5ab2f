import { describe, expect, it } from 'vitest';
import { coverageNote, overlapDays, overlapOf, spanLength, wholeMonths } from '../../src/lib/period-span.ts';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const span = (start: string, end: string) => ({ start: d(start), end: d(end) });

describe('a period’s length', () => {
  it('counts whole months from the first of a month to the last day of one', () => {
    expect(spanLength(span('2017-04-01', '2017-09-30'))).toBe('6 months');
    expect(spanLength(span('2023-10-01', '2024-09-30'))).toBe('12 months');
    expect(spanLength(span('2024-02-01', '2024-02-29'))).toBe('1 month');
    expect(wholeMonths(span('2024-04-01', '2025-03-31'))).toBe(12);
  });
  it('counts days otherwise', () => {
    expect(spanLength(span('2017-04-15', '2017-09-30'))).toBe('169 days');
    expect(wholeMonths(span('2017-04-15', '2017-09-30'))).toBeUndefined();
    expect(spanLength(span('2017-04-15', '2017-04-15'))).toBe('1 day');
  });
});

describe('overlap', () => {
  it('12-month periods issued every six months share six months', () => {
    const fall = span('2023-10-01', '2024-09-30');
    const spring = span('2024-04-01', '2025-03-31');
    expect(overlapOf(spring, fall)).toEqual(span('2024-04-01', '2024-09-30'));
    expect(overlapDays(spring, fall)).toBe(183);
    expect(overlapDays(fall, spring)).toBe(183);
  });
  it('periods that follow each other share nothing; a period inside another shares all its days', () => {
    expect(overlapOf(span('2017-04-01', '2017-09-30'), span('2016-10-01', '2017-03-31'))).toBeUndefined();
    expect(overlapDays(span('2017-04-01', '2017-09-30'), span('2016-10-01', '2017-03-31'))).toBe(0);
    expect(overlapOf(span('2024-03-01', '2024-06-30'), span('2024-01-01', '2024-12-31'))).toEqual(span('2024-03-01', '2024-06-30'));
  });
});

describe('what a period notice says of the coverage', () => {
  it('a 12-month period overlapping the one before', () => {
    expect(coverageNote(span('2024-04-01', '2025-03-31'), span('2023-10-01', '2024-09-30'))).toBe(
      'This report covers 12 months, 1 April 2024 to 31 March 2025, overlapping the previous report by 6 months (1 April 2024 to 30 September 2024).',
    );
  });
  it('a period of another length than the one before, with no overlap', () => {
    expect(coverageNote(span('2023-10-01', '2024-09-30'), span('2023-04-01', '2023-09-30'))).toBe(
      'This report covers 12 months, 1 October 2023 to 30 September 2024; the previous report covered 6 months.',
    );
  });
  it('a report of the same dates as the one before (it supersedes it) replaces it', () => {
    expect(coverageNote(span('2017-04-01', '2017-09-30'), span('2017-04-01', '2017-09-30'))).toBe(
      'This report replaces the earlier report for the same period, 1 April 2017 to 30 September 2017.',
    );
  });
  it('nothing for a period like the one before, or for the earliest', () => {
    expect(coverageNote(span('2017-04-01', '2017-09-30'), span('2016-10-01', '2017-03-31'))).toBeUndefined();
    expect(coverageNote(span('2017-04-01', '2017-09-30'), undefined)).toBeUndefined();
  });
});
