/**
 * A backfilled period (an earlier report published on the site after a newer one) reads right without a build:
 * the feeds order it by its publication date and say it is an earlier period; what changed compares the newer
 * period with it, and it is the earliest. tests/build/periods.test.ts checks the built pages of the same shape.
 */
import { describe, expect, it } from 'vitest';
import { jsonFeed } from '../../src/lib/feeds.ts';
import { joinPeriods } from '../../src/lib/periods.ts';
import type { Report } from '../../src/lib/report-model.ts';
import { smallPeriods } from '../helpers/small-report.ts';

describe('a backfilled period: an earlier report published after a newer one', () => {
  const [newer, earlier] = smallPeriods(
    { id: '2017-04-01--2017-09-30', categories: { Storage: { 'Amazon Glacier': ['Archival storage.'] } } },
    { id: '2016-10-01--2017-03-31', categories: { Storage: { 'Amazon Glacier': ['Archival storage.'] } } },
  ) as [Report, Report];
  newer.facts.site.published = new Date('2026-11-28');
  earlier.facts.site.published = new Date('2026-12-05');
  const { periods, problems } = joinPeriods([newer, earlier]);
  expect(problems).toEqual([]);
  const items = (
    JSON.parse(jsonFeed(periods!, 'https://soc3.example.com/')) as { items: { title: string; summary: string; date_modified: string }[] }
  ).items;

  it('comes first in the feed, on its own date, and says it is an earlier period, not the latest', () => {
    expect(items.map((i) => [i.title, i.date_modified.slice(0, 10)])).toEqual([
      ['Published: the SOC 3 report for 1 October 2016 to 31 March 2017 (an earlier period)', '2026-12-05'],
      ['Published: the SOC 3 report for 1 April 2017 to 30 September 2017', '2026-11-28'],
    ]);
    expect(items[0]!.summary).toContain(
      'It covers an earlier period than the report for 1 April 2017 to 30 September 2017, published here before it; the latest report is still the one for 1 April 2017 to 30 September 2017.',
    );
    expect(items[1]!.summary).not.toContain('earlier period');
  });

  it('is the earliest: nothing to compare it with; the newer period is compared with it', () => {
    expect(periods!.latest.periodId).toBe('2017-04-01--2017-09-30');
    expect(periods!.changes.get('2016-10-01--2017-03-31')!.previous).toBeUndefined();
    expect(periods!.changes.get('2017-04-01--2017-09-30')!.previous).toBe('2016-10-01--2017-03-31');
  });
});
