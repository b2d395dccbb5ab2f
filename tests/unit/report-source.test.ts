/**
 * The report's own facts (src/lib/report-source.ts): the original PDF's size and digest, and the auditor's report
 * as a section of its own kind, through the content pipeline the build runs.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contentTypeOf } from '../../src/lib/serving/policy.ts';
import { describePdf, formatSize } from '../../src/lib/report-source.ts';
import { fieldLine } from '../../src/lib/yaml-lines.ts';
import { readContent, replaceIn, runContent } from '../helpers/content-pipeline.ts';

const period = '2017-04-01--2017-09-30';

describe('the original PDF', () => {
  it('is described by its own bytes: size, SHA-256 and its pinned URL', () => {
    const bytes = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\n%%EOF\n');
    expect(describePdf(period, `content/${period}/report.pdf`, 'report.pdf', bytes)).toEqual({
      name: 'report.pdf',
      file: `content/${period}/report.pdf`,
      url: `/${period}/report.pdf`,
      bytes: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
    });
  });

  it('has its size written as file managers show it', () => {
    expect([formatSize(999), formatSize(1000), formatSize(12_345), formatSize(2_500_000)]).toEqual([
      '999 bytes',
      '1 KB',
      '12.3 KB',
      '2.5 MB',
    ]);
  });

  it('is served as application/pdf, without a charset', () => {
    expect(contentTypeOf(`/${period}/report.pdf`)).toBe('application/pdf');
  });
});

it('finds the line of a field inside a block of report.yaml', () => {
  const yaml = 'a: 1\nsource:\n  omits:\n    - x\n  pdf: r.pdf\nauditor:\n  date: 2020-01-01\n';
  expect([fieldLine(yaml, ['source', 'pdf']), fieldLine(yaml, ['auditor', 'date']), fieldLine(yaml, ['source', 'date'])]).toEqual([
    5, 7, 2,
  ]);
});

describe("the auditor's report as a section of its own kind", () => {
  it('first in order, with the auditor recorded: the report knows it and opens with it', async () => {
    let files = readContent();
    files = replaceIn(files, `${period}/sections/people.mdx`, 'title: People\n', 'title: People\nkind: auditor-report\n');
    files = replaceIn(
      files,
      `${period}/report.yaml`,
      'order:\n  - management-assertion\n',
      'auditor:\n  firm: Example Auditors LLP (test)\norder:\n  - people\n  - management-assertion\n',
    );
    files = replaceIn(files, `${period}/report.yaml`, '  - people\n  - data\n', '  - data\n');
    const { output, reports } = await runContent(files);
    expect(output).toBe('');
    const [report] = reports;
    expect(report!.auditorReport?.slug).toBe('people');
    expect(report!.pages[0]!.slug).toBe('people');
    expect(report!.pages.filter((p) => p.kind === 'section' && p.auditorReport).map((p) => p.slug)).toEqual(['people']);
  });
});
