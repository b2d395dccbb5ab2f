/**
 * What the feeds say changed in a period (src/lib/change-summary.ts, src/lib/feeds.ts): the real period with the
 * 2019-shaped, the 12-month and the by-link fixture periods of the shapes site, through the content pipeline.
 */
import { describe, expect, it } from 'vitest';
import { changePhrases, changeSentence } from '../../src/lib/change-summary.ts';
import { firstPeriod } from '../../src/lib/changes.ts';
import { jsonFeed } from '../../src/lib/feeds.ts';
import { joinPeriods } from '../../src/lib/periods.ts';
import { readContent, runContent } from '../helpers/content-pipeline.ts';
import { fixturePath } from '../helpers/paths.ts';

const p19 = '2019-04-01--2019-09-30';
const p23 = '2023-10-01--2024-09-30';
const byLink = '2024-10-01--2025-09-30';

const files = readContent();
for (const period of [p19, p23, byLink])
  for (const [path, bytes] of readContent(fixturePath(`shapes/${period}`))) files.set(`${period}/${path}`, bytes);
const { output, reports } = await runContent(files);
const { periods } = joinPeriods(reports);
const phrases = (period: string) => changePhrases(periods!.changes.get(period)!, periods!.sectionChanges.get(period)!);

describe('changePhrases', () => {
  it('the content builds', () => {
    expect(output).toBe('');
    expect(periods).toBeDefined();
  });

  it('the 2019 shape: its attachments added, two headings renamed, seven parts moved into the attachments', () => {
    expect(phrases(p19)).toContainEqual('sections: 2 added, 2 renamed, 7 moved to another part');
    expect(phrases(p19).some((p) => p.startsWith('criteria') || p.includes('framework'))).toBe(false);
  });

  it('the 12-month shape: privacy added, the framework in other words, a service moved, the attachments gone, the assertion’s heading printed short again', () => {
    expect(phrases(p23)).toEqual(
      expect.arrayContaining([
        '1 criterion added (privacy)',
        'the framework cited in other words',
        expect.stringMatching(/^services: (.+, )?1 moved to another category$/),
        'sections: 2 removed, 1 renamed, 7 moved to another part',
      ]),
    );
  });

  it('the by-link shape: services given by link, none said removed', () => {
    expect(phrases(byLink)[0]).toBe('services given by link from this period');
    expect(phrases(byLink).join('; ')).not.toMatch(/services: .*removed/);
  });

  it('the earliest period, or a period where none of these changed, has no sentence', () => {
    const real = '2017-04-01--2017-09-30';
    const none = firstPeriod(real);
    const sections = { added: [], removed: [], renamed: [], moved: [] };
    expect(changePhrases(none, sections)).toEqual([]);
    expect(changeSentence(none, sections, '1 October 2016 to 31 March 2017')).toBe('');
    expect(changeSentence(periods!.changes.get(real)!, periods!.sectionChanges.get(real)!, undefined)).toBe('');
  });
});

describe('the feeds', () => {
  const feed = JSON.parse(jsonFeed(periods!, 'https://soc3.example.com/')) as {
    items: { id: string; summary: string; content_html: string }[];
  };
  const item = (period: string) => feed.items.find((i) => i.id.endsWith(`/${period}/`))!;

  it('each period published says what changed against the one before, in its summary and its content', () => {
    expect(item(p23).summary).toContain('Against the report for 1 April 2019 to 30 September 2019: ');
    expect(item(p23).summary).toContain('; 1 criterion added (privacy); the framework cited in other words.');
    expect(item(p23).content_html).toContain('sections: 2 removed, 1 renamed, 7 moved to another part');
    expect(item(byLink).summary).toContain(
      'Against the report for 1 October 2023 to 30 September 2024: services given by link from this period',
    );
  });

  it('a period of another length than the one before says so first, as its notices do', () => {
    expect(item(p23).summary).toContain(
      'This report covers 12 months, 1 October 2023 to 30 September 2024; the previous report covered 6 months. Against the report for',
    );
    // The by-link period follows the 12-month one here, as long and with no overlap: nothing to say.
    expect(item(byLink).summary).not.toContain('This report covers');
  });

  it('the earliest period says nothing of changes', () => {
    expect(item('2017-04-01--2017-09-30').summary).not.toContain('Against the report');
  });
});
