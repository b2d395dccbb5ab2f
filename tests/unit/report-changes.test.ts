import { describe, expect, it } from 'vitest';
import { hasChanges } from '../../src/lib/changes.ts';
import { changesRecord } from '../../src/lib/changes-export.ts';
import { joinPeriods, type Periods } from '../../src/lib/periods.ts';
import type { Report } from '../../src/lib/report-model.ts';
import { compareSpans, hasReportChanges } from '../../src/lib/report-changes.ts';
import type { ReportFacts } from '../../src/schemas.ts';
import { smallReport, type SmallPeriod } from '../helpers/small-report.ts';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const iso = (s: { start: Date; end: Date } | undefined) => s && [s.start.toISOString().slice(0, 10), s.end.toISOString().slice(0, 10)];
const oldFramework = 'AICPA’s TSP section 100A, Trust Services Principles and Criteria';
const newFramework = 'AICPA’s TSP section 100A, Trust Services Criteria';

const six: SmallPeriod = {
  id: '2017-04-01--2017-09-30',
  categories: {
    Compute: { 'AWS Lambda': ['Lambda runs code.'], 'Amazon EC2 Systems Manager': ['Systems Manager manages fleets.'] },
    Storage: { 'Amazon Glacier': ['Glacier archives data.'] },
  },
};
// Systems Manager described under Storage, words unchanged.
const fall: SmallPeriod = {
  id: '2023-10-01--2024-09-30',
  categories: {
    Compute: { 'AWS Lambda': ['Lambda runs code.'] },
    Storage: { 'Amazon Glacier': ['Glacier archives data.'], 'Amazon EC2 Systems Manager': ['Systems Manager manages fleets.'] },
  },
};
const spring: SmallPeriod = { ...fall, id: '2024-04-01--2025-03-31' };

/** Periods newest first, each with the facts given for it. */
function join(...newestFirst: [SmallPeriod, Partial<ReportFacts>][]): Periods {
  const reports: Report[] = newestFirst.map(([p, facts], i) => {
    const report = smallReport(p, { latest: i === 0 });
    return { ...report, facts: { ...report.facts, ...facts } };
  });
  const { periods, problems } = joinPeriods(reports);
  expect(problems).toEqual([]);
  return periods!;
}

const privacyFacts = {
  criteria: ['security', 'availability', 'confidentiality', 'privacy'],
  framework: newFramework,
} satisfies Partial<ReportFacts>;
const joined = join([fall, privacyFacts], [six, { criteria: ['security', 'availability', 'confidentiality'], framework: oldFramework }]);
const changesOf = joined.changes;

describe('what changed in the report as a whole', () => {
  const changes = changesOf.get(fall.id)!;

  it('criteria added and removed, in the reports’ order', () => {
    expect(changes.criteria).toEqual({ added: ['privacy'], removed: [] });
    const back = join(
      [fall, { criteria: ['security', 'availability'] }],
      [six, { criteria: ['security', 'availability', 'confidentiality'] }],
    );
    expect(back.changes.get(fall.id)!.criteria).toEqual({ added: [], removed: ['confidentiality'] });
  });

  it('the framework as each report cites it, and word by word', () => {
    expect(changes.framework).toMatchObject({ from: oldFramework, to: newFramework });
    const words = changes.framework!.words;
    expect(words.filter((w) => w.removed).map((w) => w.value.trim())).toEqual(['Principles and']);
    expect(words.filter((w) => w.added)).toEqual([]);
    expect(words.map((w) => (w.added ? '' : w.value)).join('')).toBe(oldFramework);
    expect(words.map((w) => (w.removed ? '' : w.value)).join('')).toBe(newFramework);
  });

  it('a service described under another category is moved: not removed, not added, its page the same', () => {
    expect(changes.moved.map(({ from, to }) => [from.name, from.category, to.category, to.url])).toEqual([
      ['Amazon EC2 Systems Manager', 'Compute', 'Storage', `/${fall.id}/services/amazon-ec2-systems-manager/`],
    ]);
    expect(changes.moved[0]!.from.url).toBe(`/${six.id}/services/amazon-ec2-systems-manager/`);
    expect([changes.services.added, changes.services.removed, changes.services.renamed]).toEqual([[], [], []]);
  });

  it('a service moved under a new name is both renamed and moved', () => {
    const renamed: SmallPeriod = {
      ...fall,
      categories: {
        ...fall.categories,
        Storage: { 'Amazon Glacier': ['Glacier archives data.'], 'AWS Systems Manager': ['Systems Manager manages fleets.'] },
      },
      renames: [{ from: 'Amazon EC2 Systems Manager', to: 'AWS Systems Manager' }],
    };
    const c = join([renamed, {}], [six, {}]).changes.get(fall.id)!;
    expect(c.services.renamed.map((r) => r.to.name)).toEqual(['AWS Systems Manager']);
    expect(c.moved.map(({ from, to }) => [from.name, to.name, from.category, to.category])).toEqual([
      ['Amazon EC2 Systems Manager', 'AWS Systems Manager', 'Compute', 'Storage'],
    ]);
  });

  it('the period: 12 months after 6, with the years between covered by neither', () => {
    expect(changes.span?.lengthChanged).toBe(true);
    expect(changes.span?.length).toEqual({ days: 366, months: 12 });
    expect(changes.span?.previousLength).toEqual({ days: 183, months: 6 });
    expect(changes.span?.overlap).toBeUndefined();
    expect(iso(changes.span?.gap)).toEqual(['2017-10-01', '2023-09-30']);
    expect(changes.span?.gap).toMatchObject({ months: 72, days: 2191 });
  });

  it('consecutive 12-month periods issued six months apart overlap by six months', () => {
    const c = join([spring, privacyFacts], [fall, privacyFacts]).changes.get(spring.id)!;
    expect(iso(c.span?.overlap)).toEqual(['2024-04-01', '2024-09-30']);
    expect(c.span?.overlap).toMatchObject({ months: 6, days: 183 });
    expect(c.span?.gap).toBeUndefined();
    // Nothing else changed, but the overlap is news.
    expect([c.criteria, c.framework, c.moved]).toEqual([{ added: [], removed: [] }, undefined, []]);
    expect(hasReportChanges(c)).toBe(true);
    expect(hasChanges(c)).toBe(true);
  });

  it('a period that follows one of the same length, with the same criteria and framework, changes nothing of these', () => {
    const next = compareSpans({ start: d('2017-04-01'), end: d('2017-09-30') }, { start: d('2017-10-01'), end: d('2018-03-31') });
    expect(next).toMatchObject({ lengthChanged: false, overlap: undefined, gap: undefined, length: { months: 6, days: 182 } });
    const same = join([{ ...six, id: '2017-10-01--2018-03-31' }, {}], [six, {}]).changes.get('2017-10-01--2018-03-31')!;
    expect(hasReportChanges(same)).toBe(false);
    expect(hasChanges(same)).toBe(false);
  });

  it('the first period has nothing before it', () => {
    expect(changesOf.get(six.id)).toMatchObject({ criteria: { added: [], removed: [] }, framework: undefined, moved: [], span: undefined });
  });
});

describe('changes.json: the report as a whole, beside the fields it always had', () => {
  const json = JSON.parse(JSON.stringify(changesRecord(changesOf.get(fall.id)!, joined, 'https://soc3.example.com/')));

  it('keeps the period and its previous one as they were', () => {
    expect(json.period).toEqual({ id: fall.id, start: '2023-10-01', end: '2024-09-30' });
    expect(json.previous).toEqual({ id: six.id, start: '2017-04-01', end: '2017-09-30' });
  });

  it('criteria, framework, services moved and the coverage against the previous period', () => {
    expect(json.criteria).toEqual({ added: ['privacy'], removed: [] });
    expect(json.framework).toMatchObject({ from: oldFramework, to: newFramework });
    expect(json.framework.words).toContainEqual({ value: 'Principles and ', removed: true });
    expect(json.services.moved).toEqual([
      {
        from: {
          name: 'Amazon EC2 Systems Manager',
          slug: 'amazon-ec2-systems-manager',
          category: 'Compute',
          url: `https://soc3.example.com/${six.id}/services/amazon-ec2-systems-manager/`,
        },
        to: {
          name: 'Amazon EC2 Systems Manager',
          slug: 'amazon-ec2-systems-manager',
          category: 'Storage',
          url: `https://soc3.example.com/${fall.id}/services/amazon-ec2-systems-manager/`,
        },
      },
    ]);
    expect(json.coverage).toEqual({
      length: { days: 366, months: 12 },
      previousLength: { days: 183, months: 6 },
      lengthChanged: true,
      overlap: null,
      gap: { start: '2017-10-01', end: '2023-09-30', days: 2191, months: 72 },
    });
  });

  it('the first period: nothing before it', () => {
    const first = changesRecord(changesOf.get(six.id)!, joined, undefined);
    expect([first.previous, first.framework, first.coverage, first.services.moved]).toEqual([null, null, null, []]);
  });
});
