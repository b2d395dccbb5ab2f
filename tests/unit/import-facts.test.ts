/**
 * Issue 18's part of the report's own facts: the import writes the assertion's printed heading and date into
 * report.yaml when the text has them (marked for review, as every guess), and carries the previous period's
 * search aliases into the new folder, dropping those of services no longer in scope (with a review mark).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { carryAliases } from '../../src/lib/import/carry-aliases.ts';
import { runImport } from '../../src/lib/import/command.ts';
import { importReportText } from '../../src/lib/import/import-report.ts';
import { runCommand, type CommandRun } from '../helpers/command-run.ts';
import { readContent, runContent, type ContentFiles } from '../helpers/content-pipeline.ts';
import { fixturePath, projectRoot } from '../helpers/paths.ts';

const period = '2017-04-01--2017-09-30';
const text = readFileSync(fixturePath('soc3-report.txt'), 'utf8');
const realAliases = readFileSync(join(projectRoot, 'content', period, 'search-aliases.yaml'), 'utf8');
const options = { published: '2026-11-28' };
const plain = importReportText(text, options).imported!;

/** The folder's files as the content pipeline reads them, under content/<period>/. */
const asContent = (files: Map<string, string>): ContentFiles =>
  new Map([...files].map(([path, body]) => [`${period}/${path}`, Buffer.from(body)]));
const withoutMarks = (body: string) =>
  body
    .split('\n')
    .filter((l) => !l.includes('import-review:'))
    .join('\n');

describe('the assertion’s heading and date, when the text prints them above it', () => {
  // Our text starts at "We, as management of…"; a later report's text has the heading and the date above it.
  // The heading here is a line of our own report ("Amazon Web Services Management"), set where a heading goes.
  const withLead = `Amazon Web Services Management\n\nOctober 26, 2017\n\n${text}`;
  const imported = importReportText(withLead, options).imported!;
  const yaml = imported.files.get('report.yaml')!;

  it('are written into report.yaml, marked for review', () => {
    expect(yaml).toContain(
      "# import-review: the assertion's heading and date, read from the lines above it: check them against the PDF, then delete this line.\nassertion:\n  heading: Amazon Web Services Management\n  date: 2017-10-26\n",
    );
    const line = yaml.split('\n').findIndex((l) => l.includes('import-review:')) + 1;
    expect(imported.marks).toContainEqual({
      file: 'report.yaml',
      line,
      message: "the assertion's heading and date, read from the lines above it: check them against the PDF, then delete this line.",
    });
  });

  it('are not made a section: every MDX file is as without them, and every input word is accounted for', () => {
    expect([...imported.files.keys()]).toEqual([...plain.files.keys()]);
    for (const [path, body] of plain.files) if (path.endsWith('.mdx')) expect(imported.files.get(path), path).toBe(body);
    expect(imported.accounting).toEqual({ unaccounted: [], added: [] });
    expect(imported.assertion).toEqual({
      heading: 'Amazon Web Services Management',
      date: '2017-10-26',
      words: ['Amazon', 'Web', 'Services', 'Management', 'October', '26,', '2017'],
    });
  });

  it('stop the build until reviewed; once the mark is deleted, the period builds with them', async () => {
    const marked = await runContent(asContent(imported.files));
    expect(marked.output).toMatch(/report\.yaml:\d+: marked for review by the import \(the assertion's heading and date/);
    const reviewed = new Map(imported.files).set('report.yaml', withoutMarks(yaml));
    const { output, reports } = await runContent(asContent(reviewed));
    expect(output).toBe('');
    expect(reports[0]!.facts.assertion).toEqual({ heading: 'Amazon Web Services Management', date: new Date('2017-10-26') });
  });

  it('are left alone when the text does not print them: our text writes no assertion', () => {
    expect(plain.assertion).toBeUndefined();
    expect(plain.files.get('report.yaml')).not.toMatch(/^assertion:/m);
  });

  it('are left alone when what stands above the assertion is not a heading and a date', () => {
    const odd = importReportText(`Amazon Web Services Management\n\nAmazon Web Services Management.\n\n${text}`, options);
    expect(odd.imported?.assertion).toBeUndefined();
  });
});

describe('the previous period’s search aliases', () => {
  const older = 'Amazon EC2 Simple Systems Manager (SSM)';
  const newer = 'Amazon EC2 Systems Manager';
  // The previous period named the service by its older name (as tests/fixtures/periods/ does).
  const previousText = realAliases.replace(`  ${newer}:`, `  ${older}:`);
  const previous = { folder: '2016-10-01--2017-03-31', text: previousText };

  it('carry over for the services still in scope, the site’s file kept as written', () => {
    const same = importReportText(text, { ...options, previousAliases: { folder: previous.folder, text: realAliases } }).imported!;
    expect(same.files.get('search-aliases.yaml')).toBe(
      realAliases.replace('\naliases:\n', `\n# Carried from ${previous.folder} by the import.\naliases:\n`),
    );
    expect(same.marks.filter((m) => m.file === 'search-aliases.yaml')).toEqual([]);
  });

  it('drop those of a service no longer in scope, with a review mark naming it', async () => {
    const imported = importReportText(text, { ...options, previousAliases: previous }).imported!;
    const carried = imported.files.get('search-aliases.yaml')!;
    const keys = carried.split('\n').flatMap((l) => (/^ {2}\S/.test(l) ? [l.slice(2, l.indexOf(': ['))] : []));
    expect(keys).toHaveLength(50);
    expect(keys).not.toContain(older);
    expect(keys).not.toContain(newer);
    const line = carried.split('\n').findIndex((l) => l.includes('import-review:')) + 1;
    expect(imported.marks).toContainEqual({
      file: 'search-aliases.yaml',
      line,
      message: `aliases carried from ${previous.folder}: dropped for services no longer in scope (${older}); check them, then delete this line.`,
    });
    // The build refuses the mark, and takes the file once it is deleted: every key is a service in scope.
    expect((await runContent(asContent(imported.files))).output).toContain('search-aliases.yaml');
    const reviewed = new Map([...imported.files].map(([p, b]) => [p, withoutMarks(b)]));
    expect((await runContent(asContent(reviewed))).output).toBe('');
  });

  it('move to the new name of a proposed rename, marked to keep only with the rename', () => {
    const imported = importReportText(text, {
      ...options,
      previousAliases: previous,
      proposedRenames: [{ from: older, to: newer }],
    }).imported!;
    const carried = imported.files.get('search-aliases.yaml')!;
    expect(carried).toContain(`\n  ${newer}: [SSM, AWS Systems Manager, Systems Manager, patching, Run Command, Parameter Store]\n`);
    expect(imported.marks.find((m) => m.file === 'search-aliases.yaml')?.message).toBe(
      `aliases carried from ${previous.folder}: moved to the proposed new names (${older} → ${newer}), to keep only with the rename; check them, then delete this line.`,
    );
  });
});

describe('npm run import, after a period with search aliases', { timeout: 60_000 }, () => {
  const temp = mkdtempSync(join(tmpdir(), 'import-facts-'));
  afterAll(() => rmSync(temp, { recursive: true, force: true }));
  const out = join(temp, 'content');
  const earlier = '2016-10-01--2017-03-31';
  cpSync(fixturePath(`periods/${earlier}`), join(out, earlier), { recursive: true });
  // The earlier fixture's aliases: its services only, Systems Manager under its older name.
  const notYet = ['AWS Shield', 'AWS Step Functions', 'Amazon Cloud Directory', 'Amazon Connect'];
  const earlierAliases = realAliases
    .split('\n')
    .filter((l) => !notYet.some((n) => l.startsWith(`  ${n}:`)))
    .join('\n')
    .replace('  Amazon EC2 Systems Manager:', '  Amazon EC2 Simple Systems Manager (SSM):');
  writeFileSync(join(out, earlier, 'search-aliases.yaml'), earlierAliases);
  let run: CommandRun;
  beforeAll(async () => {
    run = await runCommand(runImport, [fixturePath('soc3-report.txt'), '--out', out, '--published', '2026-11-28']);
  }, 60_000);

  it('writes the carried aliases beside report.yaml and lists the mark to review; reviewed, the period builds', async () => {
    expect(run.status, run.stderr).toBe(0);
    const path = join(out, period, 'search-aliases.yaml');
    const written = readFileSync(path, 'utf8');
    expect(written).toContain(`# Carried from ${earlier} by the import.\n`);
    expect(written).toContain(
      '\n  Amazon EC2 Systems Manager: [SSM, AWS Systems Manager, Systems Manager, patching, Run Command, Parameter Store]\n',
    );
    for (const name of notYet) expect(written).not.toContain(`  ${name}:`);
    const line = written.split('\n').findIndex((l) => l.includes('import-review:')) + 1;
    expect(run.stdout).toContain(
      `${period}/search-aliases.yaml:${line}: aliases carried from ${earlier}: moved to the proposed new names (Amazon EC2 Simple Systems Manager (SSM) → Amazon EC2 Systems Manager), to keep only with the rename`,
    );
    // The publisher confirms the rename (report.yaml) and keeps the moved aliases (deletes both marks).
    writeFileSync(path, withoutMarks(written));
    const yamlPath = join(out, period, 'report.yaml');
    writeFileSync(yamlPath, withoutMarks(readFileSync(yamlPath, 'utf8')).replace(/^ {2}# /gm, '  '));
    expect((await runContent(readContent(out))).output).toBe('');
  });
});

describe('carrying aliases, entry by entry', () => {
  it('keeps comments and layout, reads quoted keys, and moves a quoted key to its new name', () => {
    const previous = {
      folder: '2016-10-01--2017-03-31',
      text: "# the site's data\naliases:\n  \"AWS Lambda\": [Lambda, FaaS]\n  'Amazon Glacier':\n    - Glacier\n    - archive\n  Amazon S3: [S3]\n",
    };
    const carried = carryAliases(previous, ['AWS Lambda', 'Amazon S3 Glacier'], [{ from: 'Amazon Glacier', to: 'Amazon S3 Glacier' }]);
    expect(carried.dropped).toEqual(['Amazon S3']);
    expect(carried.moved).toEqual([{ from: 'Amazon Glacier', to: 'Amazon S3 Glacier' }]);
    expect(carried.text.split('\n').filter((l) => !l.startsWith('#'))).toEqual([
      'aliases:',
      '  "AWS Lambda": [Lambda, FaaS]',
      '  Amazon S3 Glacier:',
      '    - Glacier',
      '    - archive',
      '',
    ]);
  });
});
