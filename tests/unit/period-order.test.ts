/**
 * The one rule that orders the report periods and picks the latest (src/lib/period-order.ts): latest end, then
 * latest start, then `supersedes`; never the folder order. Over plain periods, and through the content pipeline
 * with the real period copied under other dates, so that its messages are seen as the build prints them.
 */
import { describe, expect, it } from 'vitest';
import { newerPublishedBefore, orderPeriods, type PeriodToOrder } from '../../src/lib/period-order.ts';
import { readContent, runContent, type ContentFiles } from '../helpers/content-pipeline.ts';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const period = (id: string, supersedes?: string): PeriodToOrder => {
  const [start, end] = id.split('--') as [string, string];
  return { id, start: d(start), end: d(end.slice(0, 10)), supersedes, file: `content/${id}/report.yaml`, line: 7 };
};
const order = (...periods: PeriodToOrder[]) => {
  const { newestFirst, problems } = orderPeriods(periods);
  expect(problems).toEqual([]);
  return newestFirst!.map((p) => p.id);
};
const problemsOf = (...periods: PeriodToOrder[]) => {
  const { newestFirst, problems } = orderPeriods(periods);
  expect(newestFirst).toBeUndefined();
  return problems;
};

describe('the latest period: latest end, then latest start, then supersedes', () => {
  it('the period that ends last, whatever order the folders come in', () => {
    const ids = ['2016-10-01--2017-03-31', '2017-10-01--2018-03-31', '2017-04-01--2017-09-30'];
    expect(order(...ids.map((id) => period(id)))).toEqual(['2017-10-01--2018-03-31', '2017-04-01--2017-09-30', '2016-10-01--2017-03-31']);
    expect(order(...ids.reverse().map((id) => period(id)))[0]).toBe('2017-10-01--2018-03-31');
  });

  it('overlapping 12-month periods are ordered by their end, and are not a problem', () => {
    expect(order(period('2024-04-01--2025-03-31'), period('2024-10-01--2025-09-30'), period('2023-10-01--2024-09-30'))).toEqual([
      '2024-10-01--2025-09-30',
      '2024-04-01--2025-03-31',
      '2023-10-01--2024-09-30',
    ]);
  });

  it('of two that end on the same day, the one that starts later', () => {
    expect(order(period('2024-04-01--2024-09-30'), period('2023-10-01--2024-09-30'))).toEqual([
      '2024-04-01--2024-09-30',
      '2023-10-01--2024-09-30',
    ]);
    expect(order(period('2023-10-01--2024-09-30'), period('2024-04-01--2024-09-30'))[0]).toBe('2024-04-01--2024-09-30');
  });

  it('of two with the same dates, the one that supersedes the other, in either folder order', () => {
    const first = period('2017-04-01--2017-09-30');
    const reissued = period('2017-04-01--2017-09-30-reissued', '2017-04-01--2017-09-30');
    expect(order(first, reissued)).toEqual(['2017-04-01--2017-09-30-reissued', '2017-04-01--2017-09-30']);
    expect(order(reissued, first)).toEqual(['2017-04-01--2017-09-30-reissued', '2017-04-01--2017-09-30']);
    // A line of three.
    const again = period('2017-04-01--2017-09-30-second', '2017-04-01--2017-09-30-reissued');
    expect(order(first, again, reissued)).toEqual([again.id, reissued.id, first.id]);
  });
});

describe('what the rule cannot decide is a problem, at the file and line, saying what to do', () => {
  it('two periods with the same dates and no supersedes', () => {
    const [problem, ...more] = problemsOf(period('2017-04-01--2017-09-30'), period('2017-04-01--2017-09-30-reissued'));
    expect(more).toEqual([]);
    expect(problem!.file).toMatch(/^content\/2017-04-01--2017-09-30(-reissued)?\/report\.yaml$/);
    expect(problem!.line).toBe(7);
    expect(problem!.message).toContain('have the same dates (2017-04-01 to 2017-09-30)');
    expect(problem!.message).toContain('add "supersedes: <the other\'s folder>"');
  });

  it('supersedes naming no period', () => {
    const [problem] = problemsOf(period('2017-04-01--2017-09-30', '2017-04-01--2017-09-31'), period('2016-10-01--2017-03-31'));
    expect(problem).toMatchObject({ file: 'content/2017-04-01--2017-09-30/report.yaml', line: 7 });
    expect(problem!.message).toMatch(
      /^supersedes: "2017-04-01--2017-09-31" is not a period of this site \(its periods: 2016-10-01--2017-03-31, 2017-04-01--2017-09-30\)/,
    );
  });

  it('supersedes contradicting the dates', () => {
    const [problem] = problemsOf(period('2016-10-01--2017-03-31', '2017-04-01--2017-09-30'), period('2017-04-01--2017-09-30'));
    expect(problem!.file).toBe('content/2016-10-01--2017-03-31/report.yaml');
    expect(problem!.message).toContain('the dates already make it the newer');
  });

  it('a cycle', () => {
    const problems = problemsOf(
      period('2017-04-01--2017-09-30', '2017-04-01--2017-09-30-reissued'),
      period('2017-04-01--2017-09-30-reissued', '2017-04-01--2017-09-30'),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toContain('supersede each other in a cycle');
  });

  it('a period superseding itself, and two superseding the same one', () => {
    expect(problemsOf(period('2017-04-01--2017-09-30', '2017-04-01--2017-09-30'))[0]!.message).toContain('cannot supersede itself');
    const two = problemsOf(
      period('2017-04-01--2017-09-30'),
      period('2017-04-01--2017-09-30-a', '2017-04-01--2017-09-30'),
      period('2017-04-01--2017-09-30-b', '2017-04-01--2017-09-30'),
    );
    expect(two[0]!.message).toContain('another period already supersedes "2017-04-01--2017-09-30"');
  });
});

describe('through the content pipeline, as the build prints it', () => {
  const real = '2017-04-01--2017-09-30';
  /** The real period, and a copy of it in `folder` with its report.yaml edited by `edit`. */
  const withCopy = (folder: string, edit: (yaml: string) => string): ContentFiles => {
    const files = readContent();
    for (const [path, bytes] of [...files]) {
      if (!path.startsWith(`${real}/`)) continue;
      const copy = `${folder}/${path.slice(real.length + 1)}`;
      files.set(copy, path.endsWith('report.yaml') ? Buffer.from(edit(bytes.toString('utf8'))) : bytes);
    }
    return files;
  };

  it('a second folder of the same dates without supersedes fails at the period line of its report.yaml', async () => {
    const { output } = await runContent(withCopy(`${real}-reissued`, (y) => y));
    expect(output).toMatch(
      /^content\/2017-04-01--2017-09-30(-reissued)?\/report\.yaml:7: the periods 2017-04-01--2017-09-30, 2017-04-01--2017-09-30-reissued have the same dates/,
    );
    expect(output.split('\n')).toHaveLength(1);
  });

  it('with supersedes, the reissued period is the latest', async () => {
    const { output, reports } = await runContent(
      withCopy(`${real}-reissued`, (y) => y.replace(/^period:/m, `supersedes: ${real}\nperiod:`)),
    );
    expect(output).toBe('');
    expect(reports.map((r) => [r.periodId, r.latest])).toEqual([
      [`${real}-reissued`, true],
      [real, false],
    ]);
  });

  it('supersedes naming an unknown folder fails at its line', async () => {
    const { output } = await runContent(
      withCopy(`${real}-reissued`, (y) => y.replace(/^period:/m, 'supersedes: 2017-04-01--2017-09-29\nperiod:')),
    );
    expect(output).toMatch(
      /^content\/2017-04-01--2017-09-30-reissued\/report\.yaml:7: supersedes: "2017-04-01--2017-09-29" is not a period/,
    );
  });
});

describe('a backfilled period: published here after a newer one', () => {
  const published = new Map([
    ['2017-04-01--2017-09-30', d('2026-11-28')],
    ['2016-10-01--2017-03-31', d('2026-12-01')],
    ['2017-10-01--2018-03-31', d('2027-05-01')],
  ]);
  const newestFirst = ['2017-10-01--2018-03-31', '2017-04-01--2017-09-30', '2016-10-01--2017-03-31'];
  const of = (id: string) => newerPublishedBefore(newestFirst, id, (p) => published.get(p)!);

  it('names the newer periods published before it', () => {
    expect(of('2016-10-01--2017-03-31')).toEqual(['2017-04-01--2017-09-30']);
  });
  it('is empty for periods published in their turn', () => {
    expect(of('2017-04-01--2017-09-30')).toEqual([]);
    expect(of('2017-10-01--2018-03-31')).toEqual([]);
  });
});
