import { describe, expect, it } from 'vitest';
import { coverageTimeline, type TimelinePeriod } from '../../src/lib/coverage-timeline.ts';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const period = (start: string, end: string, published: string, corrections: string[] = []): TimelinePeriod => ({
  id: `${start}--${end}`,
  start: d(start),
  end: d(end),
  published: d(published),
  corrections: corrections.map(d),
});

describe('coverage timeline', () => {
  it('puts six-month periods that follow each other in one lane, with no overlap and no gap', () => {
    const t = coverageTimeline([period('2017-10-01', '2018-03-31', '2018-05-01'), period('2017-04-01', '2017-09-30', '2017-11-01')]);
    expect(t.lanes).toBe(1);
    expect(t.bars.map((b) => [b.period.id, b.lane, b.overlapDays, b.gapDays])).toEqual([
      ['2017-04-01--2017-09-30', 0, 0, 0],
      ['2017-10-01--2018-03-31', 0, 0, 0],
    ]);
    expect(t.bars[0]!.x + t.bars[0]!.width).toBeCloseTo(t.bars[1]!.x, 6);
  });

  it('stacks overlapping 12-month periods in lanes and counts the days they share', () => {
    const t = coverageTimeline([
      period('2022-10-01', '2023-09-30', '2023-11-15'),
      period('2023-04-01', '2024-03-31', '2024-05-15'),
      period('2023-10-01', '2024-09-30', '2024-11-15'),
    ]);
    expect(t.bars.map((b) => b.lane)).toEqual([0, 1, 0]);
    expect(t.lanes).toBe(2);
    expect(t.bars.map((b) => b.overlapDays)).toEqual([0, 183, 183]);
    // Said as the table says it: the shared days as a length.
    expect(t.bars[1]!.overlap).toEqual({ start: new Date('2023-04-01'), end: new Date('2023-09-30') });
    expect(t.bars[0]!.overlap).toBeUndefined();
  });

  it('orders the periods by the site’s rule: a report reissued for the same dates keeps its place after the one it replaces', () => {
    const first = period('2017-04-01', '2017-09-30', '2026-11-28');
    const reissued = { ...period('2017-04-01', '2017-09-30', '2027-01-10'), id: '2017-04-01--2017-09-30-reissued' };
    const twelve = period('2017-04-01', '2018-03-31', '2027-05-01');
    // Newest first, as periods.pinned gives them.
    const t = coverageTimeline([twelve, reissued, first]);
    expect(t.bars.map((b) => [b.period.id, b.lane])).toEqual([
      ['2017-04-01--2017-09-30', 0],
      ['2017-04-01--2017-09-30-reissued', 1],
      ['2017-04-01--2018-03-31', 2],
    ]);
    expect(t.bars.map((b) => b.overlapDays)).toEqual([0, 183, 183]);
  });

  it('a period inside a longer one comes before it (it ends first), in a lane of its own', () => {
    const t = coverageTimeline([period('2024-01-01', '2024-12-31', '2025-02-01'), period('2024-03-01', '2024-06-30', '2024-08-01')]);
    expect(t.bars.map((b) => [b.period.id, b.lane])).toEqual([
      ['2024-03-01--2024-06-30', 0],
      ['2024-01-01--2024-12-31', 1],
    ]);
    expect(t.bars[0]!.x).toBeGreaterThan(t.bars[1]!.x);
  });

  it('shows a gap no report covers', () => {
    const t = coverageTimeline([period('2016-10-01', '2017-03-31', '2017-05-01'), period('2017-10-01', '2018-03-31', '2018-05-01')]);
    expect(t.bars[1]!.gapDays).toBe(183); // 1 April to 30 September 2017
    expect(t.bars[1]!.gap).toEqual({ start: new Date('2017-04-01'), end: new Date('2017-09-30') });
  });

  it('marks publications and corrections on the axis, which reaches the last of them', () => {
    const t = coverageTimeline([period('2017-04-01', '2017-09-30', '2026-11-28', ['2026-12-01'])]);
    expect(t.bars[0]!.marks.map((m) => m.kind)).toEqual(['published', 'correction']);
    expect(t.years.at(-1)!.year).toBe(2027);
    for (const m of t.bars[0]!.marks) expect(m.x).toBeGreaterThan(t.bars[0]!.x + t.bars[0]!.width);
    expect(t.years[0]).toEqual({ year: 2017, x: 0 });
  });

  it('counts a period inside a longer one as overlapping by its own days only, and a gap after the latest end', () => {
    const t = coverageTimeline([
      period('2023-10-01', '2024-09-30', '2024-11-15'),
      period('2024-01-01', '2024-03-31', '2024-05-15'),
      period('2024-12-01', '2025-05-31', '2025-07-01'),
    ]);
    expect(t.bars.map((b) => [b.overlapDays, b.gapDays])).toEqual([
      [0, 0],
      [91, 0],
      [0, 61], // October and November 2024: the short period's end is not the latest covered day
    ]);
  });

  it('lays out nothing for no period', () => {
    expect(coverageTimeline([]).bars).toEqual([]);
  });
});
