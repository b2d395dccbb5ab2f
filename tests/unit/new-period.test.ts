/**
 * `npm run new-period -- START END`, run as the publisher runs it, against a temporary copy of the content
 * (never the real content/): the folder it makes from the latest period, the site block reset, the next steps it
 * prints, and each refusal, one line with what to do. The folder it makes then goes through the site's content
 * pipeline: it is refused only at the publication date left to fill in.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runNewPeriod } from '../../src/lib/new-period-command.ts';
import { runCommand } from '../helpers/command-run.ts';
import { readContent, runContent } from '../helpers/content-pipeline.ts';
import { projectRoot } from '../helpers/paths.ts';

const real = '2017-04-01--2017-09-30';
const temp = mkdtempSync(join(tmpdir(), 'new-period-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** A fresh copy of the real content folder. */
function contentCopy(name: string): string {
  const dir = join(temp, name);
  cpSync(join(projectRoot, 'content'), dir, { recursive: true });
  return dir;
}

/** Runs the command in this process, as `npm run new-period` does from the project root. */
const newPeriod = (content: string, ...args: string[]) => runCommand(runNewPeriod, [...args, '--content', content]);

/** Each test runs the command up to three times and the content pipeline: a budget for a loaded machine. */
const budget = { timeout: 30_000 };

describe('the next period, from the latest one', budget, () => {
  const content = contentCopy('next');
  const run = newPeriod(content, '2017-10-01', '2018-03-31');
  const folder = join(content, '2017-10-01--2018-03-31');
  const yaml = readFileSync(join(folder, 'report.yaml'), 'utf8');

  it('makes the folder with the latest period’s sections, categories, aliases and report.yaml, and exits 0', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const files = (dir: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();
    expect(files(folder)).toEqual(files(join(content, real)));
    expect(readFileSync(join(folder, 'categories/storage.mdx'))).toEqual(readFileSync(join(content, real, 'categories/storage.mdx')));
    expect(readFileSync(join(folder, 'search-aliases.yaml'))).toEqual(readFileSync(join(content, real, 'search-aliases.yaml')));
  });

  it('sets the dates and resets the site block: the publication date to fill in, no corrections, no renames', () => {
    expect(yaml).toContain('period:\n  start: 2017-10-01\n  end: 2018-03-31\n');
    const site = yaml.slice(yaml.indexOf('\nsite:'));
    expect(site).toMatch(/^\nsite:\n {2}published: YYYY-MM-DD #/);
    expect(site).not.toMatch(/^\s+(corrections|renames):/m);
    // The criteria, framework and order are the latest period's, line for line; its report's own facts (assertion, source) are not carried.
    const before = readFileSync(join(content, real, 'report.yaml'), 'utf8');
    const between = (text: string, from: string, to: string) => text.slice(text.indexOf(from), text.indexOf(to, text.indexOf(from)));
    const facts = (text: string) => [between(text, 'criteria:', '\n#'), between(text, '\norder:', '\nsite:')];
    expect(facts(yaml)).toEqual(facts(before));
    expect(before).toMatch(/^assertion:/m);
    expect(yaml).not.toMatch(/^(assertion|auditor|source):/m);
  });

  it('prints the next steps: what to replace, where renames go, how to check', () => {
    expect(run.stdout).toContain(`from ${content}/${real}/: sections, categories, search-aliases.yaml, report.yaml.`);
    expect(run.stdout).toContain('it will be the latest');
    expect(run.stdout).toMatch(
      /1\. Replace the words: every file in .*sections\/ and .*categories\/ still holds the report of 2017-04-01--2017-09-30/,
    );
    expect(run.stdout).toContain('set site.published (now YYYY-MM-DD) to the day you publish it');
    expect(run.stdout).toContain(`a service this report names differently from ${real} goes in ${folder}/report.yaml under site.renames`);
    expect(run.stdout).toContain('5. Check: npm start');
  });

  it('the content pipeline refuses the new period only at the date left to fill in', async () => {
    const { output } = await runContent(readContent(content));
    expect(output).toBe(
      `content/2017-10-01--2018-03-31/report.yaml:${yaml.split('\n').indexOf('site:') + 2}: site.published: must be a day written YYYY-MM-DD`,
    );
  });
});

describe('a 12-month period overlapping the latest, with its publication date given', budget, () => {
  const content = contentCopy('overlap');
  const run = newPeriod(content, '2017-04-01', '2018-03-31', '--published', '2027-05-01');

  it('says it overlaps the period before by six months, and sets the date', () => {
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`It overlaps ${real} by 6 months: allowed`);
    expect(readFileSync(join(content, '2017-04-01--2018-03-31/report.yaml'), 'utf8')).toContain('  published: 2027-05-01 #');
    expect(run.stdout).not.toContain('set site.published');
  });

  it('builds through the content pipeline as the latest period', async () => {
    const { output, reports } = await runContent(readContent(content));
    expect(output).toBe('');
    expect(reports.map((r) => [r.periodId, r.latest])).toEqual([
      ['2017-04-01--2018-03-31', true],
      [real, false],
    ]);
  });
});

describe('a backfill: an earlier period than the latest', budget, () => {
  const content = contentCopy('backfill');
  const run = newPeriod(content, '2016-10-01', '2017-03-31', '--published', '2026-12-01');

  it('says the latest stays the latest, and that renames between the two go in the newer period', () => {
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`It is earlier than ${real}: a backfill. ${real} stays the latest`);
    expect(run.stdout).toContain(`declared in the newer one's report.yaml, here ${content}/${real}/report.yaml, under site.renames`);
  });

  it('builds: the latest is still the real period', async () => {
    const { output, reports } = await runContent(readContent(content));
    expect(output).toBe('');
    expect(reports.map((r) => r.periodId)).toEqual([real, '2016-10-01--2017-03-31']);
  });
});

describe('refusals: one line, exit 1, nothing written', budget, () => {
  const content = contentCopy('refusals');
  const refused = (...args: string[]) => {
    const before = readdirSync(content).sort();
    const run = newPeriod(content, ...args);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(readdirSync(content).sort()).toEqual(before);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    return run.stderr.trim();
  };

  it('bad dates', () => {
    expect(refused('2017-10-01', '2018-02-30')).toBe(
      'new-period: error: END must be a day written YYYY-MM-DD, such as 2017-10-01 (got "2018-02-30")',
    );
    expect(refused('1 October 2017', '2018-03-31')).toContain('START must be a day written YYYY-MM-DD');
    expect(refused('2017-10-01')).toContain("give the period's two dates: npm run new-period -- START END");
  });

  it('an end before the start', () => {
    expect(refused('2018-03-31', '2017-10-01')).toBe(
      'new-period: error: END (2017-10-01) must be after START (2018-03-31): give the first day, then the last day of the period',
    );
  });

  it('a folder that exists', () => {
    expect(refused('2017-04-01', '2017-09-30')).toBe(
      `new-period: error: ${content}/2017-04-01--2017-09-30 already exists: edit it, or delete it first to make it again from the latest period`,
    );
  });

  it('a folder that exists, named from where the command runs', () => {
    const run = runCommand(runNewPeriod, ['2017-04-01', '2017-09-30', '--content', 'refusals'], temp);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(
      'new-period: error: refusals/2017-04-01--2017-09-30 already exists: edit it, or delete it first to make it again from the latest period\n',
    );
  });

  it('no content to copy from', () => {
    const empty = join(temp, 'empty');
    mkdirSync(empty);
    const run = newPeriod(empty, '2017-10-01', '2018-03-31');
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe(
      `new-period: error: no report period in ${empty}/ to copy from: import the first report with npm run import -- <report.pdf>`,
    );
    expect(existsSync(join(empty, '2017-10-01--2018-03-31'))).toBe(false);
  });
});

describe('npm run new-period, run as a command', budget, () => {
  it('refuses a folder that exists, named from where it runs, and exits 1: src/cli/new-period.ts wires the arguments, folder, streams and exit status', () => {
    // The one run in a process of its own (each costs a Node start): the rest run in this one.
    mkdirSync(join(temp, 'spawned', '2017-10-01--2018-03-31'), { recursive: true });
    const script = join(projectRoot, 'src/cli/new-period.ts');
    const run = spawnSync(process.execPath, [script, '2017-10-01', '2018-03-31', '--content', 'spawned'], { cwd: temp, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      'new-period: error: spawned/2017-10-01--2018-03-31 already exists: edit it, or delete it first to make it again from the latest period\n',
    );
  });
});
