import { describe, expect, it } from 'vitest';
import { checkContentFile } from '../../src/lib/check-content-file.ts';
import { categorySchema, reportSchema, sectionSchema } from '../../src/schemas.ts';

describe('checkContentFile', () => {
  it('accepts a good section', () => {
    expect(checkContentFile('---\ntitle: People\n---\n\nText.\n', 'mdx', sectionSchema)).toEqual([]);
  });

  it('puts a schema problem at its field’s line', () => {
    expect(checkContentFile('---\ntitle: Data\ntitleFrom: website\n---\n\nText.\n', 'mdx', sectionSchema)).toEqual([
      { line: 3, message: 'titleFrom: Invalid option: expected one of "report"|"site"' },
    ]);
    expect(checkContentFile('---\ntitle: Data\nsubtitle: x\n---\n', 'mdx', sectionSchema)).toEqual([
      { line: 3, message: 'unknown field "subtitle": remove it, or check its spelling' },
    ]);
  });

  it('puts a missing field at the start of the data', () => {
    expect(checkContentFile('---\n---\n\n## A\n\nB.\n', 'mdx', categorySchema)).toEqual([{ line: 1, message: 'title: Invalid input: expected string, received undefined' }]);
  });

  it('reports MDX that does not parse at its line in the file', () => {
    const problems = checkContentFile('---\ntitle: People\n---\n\nFirst.\n\nA stray { brace.\n', 'mdx', sectionSchema);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.line).toBe(7);
    expect(problems[0]!.message).toMatch(/^MDX does not parse: .*closing brace/);
  });

  it('reports YAML that does not parse, and checks a data file against its schema', () => {
    expect(checkContentFile('organization: [\n', 'yaml', reportSchema)[0]!.message).toMatch(/^YAML does not parse/);
    const problems = checkContentFile('organization: A\nsystem: B\ndocument: C\nperiod:\n  start: 2017-09-30\n  end: 2017-04-01\ncriteria: [security]\nframework: F\norder: [a]\n', 'yaml', reportSchema);
    expect(problems).toEqual([{ line: 4, message: 'period: period.start must be before period.end' }]);
  });
});
