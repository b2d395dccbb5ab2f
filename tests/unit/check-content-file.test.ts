import { describe, expect, it } from 'vitest';
import { checkContentFile } from '../../src/lib/check-content-file.ts';
import type { ContentPath } from '../../src/lib/content-layout.ts';

const section: ContentPath = { kind: 'sections', period: '2017-04-01--2017-09-30', slug: 'people' };
const category: ContentPath = { kind: 'categories', period: '2017-04-01--2017-09-30', slug: 'compute' };
const report: ContentPath = { kind: 'reports', period: '2017-04-01--2017-09-30', slug: undefined };

describe('checkContentFile', () => {
  it('accepts a good section', () => {
    expect(checkContentFile('---\ntitle: People\n---\n\nText.\n', section)).toEqual([]);
  });

  it('puts a schema problem at its field’s line', () => {
    expect(checkContentFile('---\ntitle: Data\ntitleFrom: website\n---\n\nText.\n', section)).toEqual([
      { line: 3, message: 'titleFrom: Invalid option: expected one of "report"|"site"' },
    ]);
    expect(checkContentFile('---\ntitle: Data\nsubtitle: x\n---\n', section)).toEqual([
      { line: 3, message: 'unknown field "subtitle": remove it, or check its spelling' },
    ]);
  });

  it('puts a missing field at the start of the data', () => {
    expect(checkContentFile('---\n---\n\n## A\n\nB.\n', category)).toEqual([
      { line: 1, message: 'title: Invalid input: expected string, received undefined' },
    ]);
  });

  it('reports MDX that does not parse at its line in the file', () => {
    const problems = checkContentFile('---\ntitle: People\n---\n\nFirst.\n\nA stray { brace.\n', section);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.line).toBe(7);
    expect(problems[0]!.message).toMatch(/^MDX does not parse: .*closing brace/);
  });

  it('reports YAML that does not parse, and checks a data file against its schema', () => {
    expect(checkContentFile('organization: [\n', report)[0]!.message).toMatch(/^YAML does not parse/);
    const problems = checkContentFile(
      'organization: A\nsystem: B\ndocument: C\nperiod:\n  start: 2017-09-30\n  end: 2017-04-01\ncriteria: [security]\nframework: F\norder: [a]\nsite:\n  published: 2026-11-28\n',
      report,
    );
    expect(problems).toEqual([{ line: 4, message: 'period: period.start must be before period.end' }]);
  });

  const goodReport =
    'organization: A\nsystem: B\ndocument: C\nperiod:\n  start: 2017-04-01\n  end: 2017-09-30\ncriteria: [security]\nframework: F\norder: [a]\nsite:\n  published: 2026-11-28\n';

  it('accepts a report.yaml whose folder is named after its dates', () => {
    expect(checkContentFile(goodReport, report)).toEqual([]);
  });

  it('fails a period folder whose name and report.yaml dates disagree, at the line of period', () => {
    expect(checkContentFile(goodReport, { ...report, period: '2017-04-01--2017-03-31' })).toEqual([
      {
        line: 4,
        message:
          'the period is 2017-04-01 to 2017-09-30, but the folder is named "2017-04-01--2017-03-31": rename the folder to "2017-04-01--2017-09-30", or correct the dates',
      },
    ]);
  });

  it('says a folder named as its period with more added is a copy (as file managers name them), not to rename it onto the original', () => {
    for (const folder of [
      '2017-04-01--2017-09-30 copy',
      '2017-04-01--2017-09-30 - Copy (2)',
      '2017-04-01--2017-09-30 (copy)',
      'Copy of 2017-04-01--2017-09-30',
    ])
      expect(checkContentFile(goodReport, { ...report, period: folder })).toEqual([
        {
          line: 4,
          message: expect.stringMatching(
            new RegExp(
              `^the folder "${folder.replace(/[()]/g, '\\$&')}" looks like a copy of the period folder "2017-04-01--2017-09-30" .*: delete the copy; or`,
            ),
          ),
        },
      ]);
  });

  it('fails bytes that are not UTF-8 with the line, the column and the byte', () => {
    // A Windows-1252 right single quote (0x92) pasted into line 5.
    const bytes = Buffer.concat([Buffer.from('---\ntitle: People\n---\n\nThe company'), Buffer.from([0x92]), Buffer.from('s people.\n')]);
    const problems = checkContentFile(bytes, section);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.line).toBe(5);
    expect(problems[0]!.message).toMatch(/^not UTF-8: byte 0x92 at column 12 is not valid UTF-8 .*save the file as UTF-8$/);
  });

  it('reads UTF-8 bytes as their text', () => {
    expect(checkContentFile(Buffer.from('---\ntitle: People\n---\n\nAICPA’s text.\n'), section)).toEqual([]);
  });
});
