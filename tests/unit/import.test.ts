/**
 * `npm run import`: the real report's text (tests/fixtures/soc3-report.txt) imported into an empty content
 * folder gives back today's hand-made content/2017-04-01--2017-09-30/, byte for byte, and that folder passes
 * the site's own content pipeline (early check, remark plugins, cross-checks) with the report's counts.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runImport } from '../../src/lib/import/command.ts';
import { exitStatus, helpText } from '../../src/lib/import/exit-status.ts';
import { importReportText } from '../../src/lib/import/import-report.ts';
import { runCommand, type CommandRun } from '../helpers/command-run.ts';
import { importableFiles, readContent, recordedFromThePdf, runContent, type ContentFiles } from '../helpers/content-pipeline.ts';
import { fixturePath, projectRoot } from '../helpers/paths.ts';

const period = '2017-04-01--2017-09-30';
const fixture = fixturePath('soc3-report.txt');
// The period folder as the report gives it: search-aliases.yaml is the site's data (names people search by),
// which no report prints, so an import with no previous period to carry it from writes none.
const hand = readContent(join(projectRoot, 'content', period));
// …and without what the publisher recorded from the PDF, which its text does not have: the one justified difference.
const today = importableFiles(hand);
const temp = mkdtempSync(join(tmpdir(), 'import-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** Runs the command in this process, as the publisher does from the project root. */
const importCommand = (...args: string[]) => runCommand(runImport, args);

describe('importing the real report into an empty content folder', { timeout: 60_000 }, () => {
  const out = join(temp, 'content');
  let run: CommandRun;
  let imported: ContentFiles;
  beforeAll(async () => {
    // site.published is the one fact no report prints: the publisher gives it (it defaults to the day of the import).
    run = await importCommand(fixture, '--out', out, '--published', '2026-11-28');
    imported = readContent(join(out, period));
  }, 60_000);

  it('writes the period folder named after the dates the report states, and exits 0', () => {
    expect(run.stderr).toContain(`import: writing`);
    expect(run.status).toBe(0);
    expect(existsSync(join(out, period, 'report.yaml'))).toBe(true);
  });

  it('gives back today’s content folder byte for byte: the same files, each with the same bytes', () => {
    expect([...imported.keys()]).toEqual([...today.keys()]);
    const differing = [...today].filter(([path, bytes]) => !imported.get(path)?.equals(bytes)).map(([path]) => path);
    expect(differing).toEqual([]);
  });

  it('differs from today’s report.yaml only by what the publisher recorded from the PDF: assertion and source', () => {
    const recorded = recordedFromThePdf.exec(hand.get('report.yaml')!.toString('utf8'))?.[0] ?? '';
    expect(recorded.split('\n').filter((l) => /^\S/.test(l) && !l.startsWith('#'))).toEqual(['assertion:', 'source:']);
  });

  it('passes the site’s own content pipeline, with the report’s counts', async () => {
    const { output, reports } = await runContent(readContent(out));
    expect(output).toBe('');
    const [report] = reports;
    expect(report!.services).toHaveLength(51);
    expect(report!.categories.map((c) => [c.title, c.services.length])).toEqual([
      ['Compute', 8],
      ['Storage', 5],
      ['Database', 5],
      ['Networking', 6],
      ['Security & Identity', 8],
      ['Analytics', 3],
      ['Application Services', 2],
      ['Messaging', 3],
      ['Management Tools', 5],
      ['Business Productivity', 1],
      ['Desktop', 1],
      ['Mobile Services', 2],
      ['Internet of Things', 1],
      ['Contact Center', 1],
    ]);
    expect(report!.scope.regions).toHaveLength(15);
    expect(report!.scope.edgeLocations).toHaveLength(46);
  });

  it('prints a summary: the counts, what it left out and why, and that nothing needs review', () => {
    expect(run.stdout).toContain('8 sections, 14 categories, 51 services in scope, 15 Regions, 46 edge locations');
    expect(run.stdout).toContain('input line 51: "4": page number');
    expect(run.stdout).toContain('Nothing marked for review.');
    expect(run.stdout).toContain(
      '  document is set to "SOC 3 report": the report\'s text does not name its kind (--document to choose it).',
    );
  });

  it('refuses to overwrite the folder without --force, and replaces it with --force', async () => {
    const again = await importCommand(fixture, '--out', out);
    expect(again.status).toBe(exitStatus.exists);
    expect(again.stderr).toMatch(/import: error: .*2017-04-01--2017-09-30 already exists: pass --force/);
    writeFileSync(join(out, period, 'sections', 'stale.mdx'), '---\ntitle: Stale\n---\n');
    const forced = await importCommand(fixture, '--out', out, '--force', '--published', '2026-11-28');
    expect(forced.status).toBe(0);
    expect([...readContent(join(out, period)).keys()]).toEqual([...today.keys()]);
  });

  it('writes nothing with --dry-run, and exits with a status of its own, not 0', async () => {
    const dry = join(temp, 'dry');
    const result = await importCommand(fixture, '--out', dry, '--dry-run');
    expect(result.status).toBe(exitStatus.dryRun);
    expect(result.stdout).toContain('dry run: nothing written (exit status 4)');
    expect(existsSync(dry)).toBe(false);
  });

  it('exits with a distinct status for each reason nothing was written, as its help lists them', async () => {
    const statuses = Object.values(exitStatus);
    expect(new Set(statuses).size).toBe(statuses.length);
    expect(statuses.filter((s) => s === 0)).toEqual([exitStatus.written]);
    const help = await importCommand('--help');
    expect(help.status).toBe(exitStatus.usage);
    expect(help.stdout).toBe(`${helpText}\n`);
    for (const status of statuses) expect(help.stdout).toMatch(new RegExp(`^  ${status}  `, 'm'));
    const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8');
    // The README's table of statuses: a row for each, as the help lists them.
    for (const status of statuses)
      expect(readme).toMatch(new RegExp(`^ +\\| ${status} +\\| (the period folder was written|nothing written: )`, 'm'));
    const noFile = await importCommand();
    expect(noFile.status).toBe(exitStatus.usage);
    expect(noFile.stderr).toContain('import: error: give one file');
    expect((await importCommand(fixture, '--no-such-option')).status).toBe(exitStatus.usage);
    expect((await importCommand(fixture, '--published', '28 November')).status).toBe(exitStatus.usage);
  });

  it('sets site.published to the day of the import when not given: the one line that differs from today’s folder', async () => {
    const dated = join(temp, 'dated');
    expect((await importCommand(fixture, '--out', dated)).status).toBe(0);
    const yaml = readFileSync(join(dated, period, 'report.yaml'), 'utf8').split('\n');
    const before = today.get('report.yaml')!.toString('utf8').split('\n');
    const changed = yaml.flatMap((line, i) => (line === before[i] ? [] : [[before[i], line]]));
    expect(changed).toEqual([['  published: 2026-11-28', `  published: ${new Date().toISOString().slice(0, 10)}`]]);
  });

  it('fails with one clear line, no stack trace, for a file it cannot read', async () => {
    const missing = await importCommand(join(temp, 'no-such-report.txt'));
    expect(missing.status).toBe(1);
    expect(missing.stderr.trim().split('\n').at(-1)).toMatch(/^import: error: .*no-such-report\.txt: no such file$/);
    const wrongKind = await importCommand(join(projectRoot, 'package.json'));
    expect(wrongKind.stderr).toMatch(/import: error: package\.json: give the report's PDF \(\.pdf\) or its text/);
    expect(`${missing.stderr}${wrongKind.stderr}`).not.toMatch(/\n\s+at /);
  });

  it('refuses a text that is not UTF-8, saying how to extract it', async () => {
    const latin1 = join(temp, 'latin1.txt');
    writeFileSync(latin1, Buffer.from('Test fixture: S\xe3o Paulo, Brazil\n', 'latin1'));
    const result = await importCommand(latin1, '--dry-run');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('import: error: latin1.txt is not UTF-8: extract the text with pdftotext -enc UTF-8');
  });

  it('says which fact it could not find in a text that is not a report, and writes nothing', async () => {
    const notAReport = join(temp, 'not-a-report.txt');
    writeFileSync(
      notAReport,
      'Test fixture, not a report.\nAWS Background\nSince 2006, Amazon Web Services (AWS) has provided flexible, scalable, and secure IT infrastructure to\n',
    );
    const result = await importCommand(notAReport, '--out', join(temp, 'none'));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      'import: error: could not find the period ("throughout the period <date> to <date>") in the report\'s text',
    );
    expect(existsSync(join(temp, 'none'))).toBe(false);
  });

  it('reads and writes paths from the folder it runs in, and names them from there', async () => {
    const here = join(temp, 'elsewhere');
    // A folder the project has none of, so that a path taken from the process's folder cannot pass.
    mkdirSync(join(here, 'reports', period), { recursive: true });
    copyFileSync(fixture, join(here, 'report.txt'));
    const result = await runCommand(runImport, ['report.txt', '--out', 'reports', '--dry-run'], here);
    expect(result.status).toBe(exitStatus.dryRun);
    expect(result.stderr).toContain('import: reading report.txt…');
    expect(result.stdout).toContain(`Would write reports/${period}/ (`);
    expect(result.stdout).toContain(`  reports/${period}/ exists: the run needs --force to replace it.`);
  });
});

describe('npm run import, run as a command', { timeout: 60_000 }, () => {
  it('reads its file from where it runs and exits 1 when it is missing: src/cli/import.ts wires the arguments, folder, streams and exit status', () => {
    // The one run in a process of its own (each costs a Node start and the gazetteer's load): the rest run in this one.
    const run = spawnSync(process.execPath, [join(projectRoot, 'src/cli/import.ts'), 'no-such-report.txt'], {
      cwd: temp,
      encoding: 'utf8',
    });
    expect(run.status).toBe(exitStatus.failed);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      `import: reading no-such-report.txt…\nimport: error: ${join(realpathSync(temp), 'no-such-report.txt')}: no such file\n`,
    );
  });
});

describe('the import, in memory', () => {
  it('takes a fraction of a second and says where each left-out word was', () => {
    const { imported, errors } = importReportText(readFileSync(fixture, 'utf8'), { published: '2026-11-28' });
    expect(errors).toEqual([]);
    expect(imported!.folder).toBe(period);
    expect(imported!.leftOut).toEqual([{ text: '4', line: 51, page: 1, reason: 'page number' }]);
    expect(imported!.emptyPages).toEqual([]);
  });

  it('names the pages of a text with none (pdftotext writes a form feed for each) in source.omits, marked, never skipped in silence', () => {
    const { imported } = importReportText(`\f\f${readFileSync(fixture, 'utf8')}`, { published: '2026-11-28' });
    expect(imported!.emptyPages).toEqual([1, 2]);
    const yaml = imported!.files.get('report.yaml')!;
    expect(yaml).toContain(
      'source:\n  omits:\n    - "Pages 1 and 2 of the PDF, which have no extractable text (scanned, or images): their words are not in this text."\n',
    );
    expect(imported!.marks.filter((m) => m.file === 'report.yaml').map((m) => m.message)).toEqual([
      "Pages 1 and 2 of the PDF have no extractable text (scanned, or images): say what they hold if you know (e.g. the auditor’s report), type the report's words from them into a section if they are the report's, then delete this line.",
    ]);
  });
});
