/**
 * The previous period as the import's guide: importing the real report next to the earlier-period fixture
 * (tests/fixtures/periods/, the real text cut and renamed) keeps section keys, proposes the rename the fixture
 * README describes without applying it, and prints what /changes/ will say, computed without a build.
 */
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runImport } from '../../src/lib/import/command.ts';
import { formatChanges, nameLikeness, proposeRenames, summarizeChanges } from '../../src/lib/import/changes-summary.ts';
import { categoryKeys, type PeriodSummary } from '../../src/lib/import/previous-period.ts';
import { runCommand, type CommandRun } from '../helpers/command-run.ts';
import { readContent, runContent } from '../helpers/content-pipeline.ts';
import { fixturePath } from '../helpers/paths.ts';

const earlier = '2016-10-01--2017-03-31';
const period = '2017-04-01--2017-09-30';
const temp = mkdtempSync(join(tmpdir(), 'import-previous-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const importInto = (out: string) => runCommand(runImport, [fixturePath('soc3-report.txt'), '--out', out, '--published', '2026-11-28']);

describe('importing the next period after an earlier one', { timeout: 60_000 }, () => {
  const out = join(temp, 'content');
  cpSync(fixturePath(`periods/${earlier}`), join(out, earlier), { recursive: true });
  let run: CommandRun;
  beforeAll(async () => {
    run = await importInto(out);
  }, 60_000);

  it('prints what /changes/ will say, names exactly as the reports write them', () => {
    expect(run.status).toBe(0);
    const summary = run.stdout.slice(run.stdout.indexOf('What /changes/ will say'));
    expect(summary.trim().split('\n')).toEqual([
      `What /changes/ will say against ${earlier}:`,
      '  services added (4): "Amazon Cloud Directory", "AWS Shield", "AWS Step Functions", "Amazon Connect"',
      '  service renamed? "Amazon EC2 Simple Systems Manager (SSM)" → "Amazon EC2 Systems Manager" (confirm in site.renames, or it counts as removed and added)',
      '  categories added (1): "Contact Center"',
      '  Regions added (1): "Europe (London)"',
      '  edge locations added (2): "Vienna, Austria", "Marseille, France"',
    ]);
  });

  it('proposes the rename in report.yaml, commented out and marked, never applied; the build refuses until it is resolved', async () => {
    const written = readFileSync(join(out, period, 'report.yaml'), 'utf8');
    expect(written).toContain(
      '  # renames:\n  #   - from: Amazon EC2 Simple Systems Manager (SSM)\n  #     to: Amazon EC2 Systems Manager\n',
    );
    expect(written).not.toMatch(/^ {2}renames:/m);
    const line = written.split('\n').findIndex((l) => l.includes('import-review:')) + 1;
    expect(run.stdout).toContain(`${period}/report.yaml:${line}: renames proposed by the import`);
    const { output } = await runContent(readContent(out));
    expect(output).toBe(
      `content/${period}/report.yaml:${line}: marked for review by the import (renames proposed by the import: confirm each (uncomment) or delete it, then delete this line.): resolve it, then delete the mark`,
    );
  });

  it('builds, with the rename confirmed as the publisher would: uncommented, the mark deleted', async () => {
    const path = join(out, period, 'report.yaml');
    const confirmed = readFileSync(path, 'utf8')
      .split('\n')
      .filter((l) => !l.includes('import-review:'))
      .map((l) => l.replace(/^ {2}# /, '  '))
      .join('\n');
    writeFileSync(path, confirmed);
    const { output, reports } = await runContent(readContent(out));
    expect(output).toBe('');
    expect(reports.find((r) => r.periodId === period)!.facts.site.renames).toEqual([
      { from: 'Amazon EC2 Simple Systems Manager (SSM)', to: 'Amazon EC2 Systems Manager' },
    ]);
  });
});

describe('a section keeps the key the previous period gave it', { timeout: 60_000 }, () => {
  // Today a section's key is the slug of its heading; sections with keys of their own (issue 17) will differ.
  // The earlier period here files "AWS Background" under another key, as such a period would.
  const out = join(temp, 'keys');
  cpSync(fixturePath(`periods/${earlier}`), join(out, earlier), { recursive: true });
  renameSync(join(out, earlier, 'sections/aws-background.mdx'), join(out, earlier, 'sections/background.mdx'));
  const yaml = join(out, earlier, 'report.yaml');
  writeFileSync(yaml, readFileSync(yaml, 'utf8').replace('  - aws-background\n', '  - background\n'));

  it('writes the section under that key, and names it in the order', async () => {
    expect((await importInto(out)).status).toBe(0);
    const files = [...readContent(join(out, period)).keys()];
    expect(files).toContain('sections/background.mdx');
    expect(files).not.toContain('sections/aws-background.mdx');
    expect(readFileSync(join(out, period, 'report.yaml'), 'utf8')).toContain('\n  - background\n');
  });
});

describe('rename proposals', () => {
  it('pairs the renames real reports made (REPORT-SHAPES.md)', () => {
    const removed = [
      'Amazon EC2 Container Registry (ECR)',
      'Amazon Glacier',
      'Amazon Kinesis Streams',
      'AWS IoT Platform',
      'Amazon Elasticsearch Service',
    ];
    const added = [
      'Amazon OpenSearch Service',
      'AWS IoT Core',
      'Amazon Kinesis Data Streams',
      'Amazon S3 Glacier',
      'Amazon Elastic Container Registry (ECR)',
    ];
    expect(proposeRenames(removed, added)).toEqual(
      expect.arrayContaining([
        { from: 'Amazon EC2 Container Registry (ECR)', to: 'Amazon Elastic Container Registry (ECR)' },
        { from: 'Amazon Glacier', to: 'Amazon S3 Glacier' },
        { from: 'Amazon Kinesis Streams', to: 'Amazon Kinesis Data Streams' },
        { from: 'AWS IoT Platform', to: 'AWS IoT Core' },
        { from: 'Amazon Elasticsearch Service', to: 'Amazon OpenSearch Service' },
      ]),
    );
    expect(proposeRenames(removed, added)).toHaveLength(5);
  });

  it('does not pair two different services that share most of a naming pattern', () => {
    expect(nameLikeness('Amazon Simple Email Service (SES)', 'Amazon Simple Queue Service (SQS)')).toBeLessThan(0.65);
    expect(proposeRenames(['Amazon Simple Email Service (SES)'], ['Amazon Simple Queue Service (SQS)'])).toEqual([]);
  });
});

describe('what /changes/ will say, from two summaries', () => {
  const summary = (over: Partial<PeriodSummary>): PeriodSummary => ({
    folder: '2019-04-01--2019-09-30',
    criteria: ['security'],
    framework: 'TSP section 100A',
    servicesByLink: false,
    sections: [],
    categories: [{ key: 'compute', title: 'Compute', services: ['AWS Lambda'] }],
    services: [{ name: 'AWS Lambda', category: 'Compute' }],
    regions: [],
    edgeLocations: [],
    paragraphStarts: new Set(),
    ...over,
  });

  it('compares sections by key: a heading changed under one key is said; a new key alike an old one is proposed as a rename', () => {
    const older = summary({
      sections: [
        { key: 'management-assertion', title: 'Management of AWS' },
        { key: 'data', title: 'Data' },
      ],
    });
    const newer = summary({
      sections: [
        { key: 'management-assertion', title: 'Management assertion' },
        { key: 'customer-data', title: 'Customer Data' },
      ],
    });
    const changes = summarizeChanges(older, newer);
    expect(changes.sections).toEqual({
      added: [],
      removed: [],
      proposedRenames: [{ from: 'Data', to: 'Customer Data', fromKey: 'data', toKey: 'customer-data' }],
      retitled: [{ key: 'management-assertion', from: 'Management of AWS', to: 'Management assertion' }],
    });
    expect(formatChanges(changes, older.folder)).toContain(
      '  section renamed? "Data" → "Customer Data" (data → customer-data: confirm in site.sectionRenames, or it counts as removed and added)',
    );
  });

  it('compares no service across a period that gives its services by link, and says how they are given', () => {
    const byLink = summary({ servicesByLink: true, services: [] });
    const there = summarizeChanges(summary({}), byLink);
    expect(there.services.removed).toEqual([]);
    expect(there.categories.removed).toEqual([]);
    expect(there.servicesListing).toBe('by-link');
    expect(summarizeChanges(byLink, summary({})).servicesListing).toBe('listed-again');
    expect(formatChanges(there, '2024-04-01--2025-03-31')).toContain(
      '  services: given by link from this period, not listed (no service compared)',
    );
  });
});

describe('a category keeps the key the previous period gave it', () => {
  const previous: PeriodSummary = {
    folder: '2017-04-01--2017-09-30',
    criteria: ['security'],
    framework: 'TSP section 100A',
    servicesByLink: false,
    sections: [],
    categories: [
      { key: 'compute', title: 'Compute', services: ['AWS Lambda', 'Auto Scaling'] },
      { key: 'security-and-identity', title: 'Security & Identity', services: ['AWS CloudHSM', 'Amazon Inspector', 'AWS Shield'] },
      { key: 'desktop', title: 'Desktop', services: ['Amazon WorkSpaces'] },
    ],
    services: [],
    regions: [],
    edgeLocations: [],
    paragraphStarts: new Set(),
  };

  it('under the same heading, and under a new heading when it holds most of a gone category’s services (said, to check)', () => {
    const keys = categoryKeys(previous, [
      { title: 'Compute', services: ['AWS Lambda'] },
      { title: 'Security, Identity & Compliance', services: ['AWS CloudHSM', 'AWS Shield', 'Amazon Macie'] },
      { title: 'End User Computing', services: ['Amazon WorkSpaces Web'] },
    ]);
    expect([...keys]).toEqual([
      ['Compute', { key: 'compute' }],
      ['Security, Identity & Compliance', { key: 'security-and-identity', was: 'Security & Identity' }],
    ]);
  });

  it('never under a new heading that holds half or less of the old category’s services', () => {
    expect(categoryKeys(previous, [{ title: 'Security', services: ['AWS Shield', 'Amazon Macie'] }]).size).toBe(0);
  });
});
