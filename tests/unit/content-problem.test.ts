import { describe, expect, it } from 'vitest';
import { ContentError, formatProblems } from '../../src/lib/content-problem.ts';

describe('formatProblems', () => {
  it('writes file:line: message, one problem a line', () => {
    expect(
      formatProblems([
        { file: 'content/p/categories/compute.mdx', line: 21, message: 'first' },
        { file: 'content/p/report.yaml', message: 'second' },
        { message: 'third' },
      ]),
    ).toBe('content/p/categories/compute.mdx:21: first\ncontent/p/report.yaml: second\n(unknown file): third');
  });

  it('gives an empty string for no problems', () => {
    expect(formatProblems([])).toBe('');
  });
});

describe('ContentError', () => {
  it('lists every problem in its message and keeps them', () => {
    const problems = [
      { file: 'a.mdx', line: 3, message: 'one' },
      { file: 'b.mdx', line: 4, message: 'two' },
    ];
    const error = new ContentError(problems);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('ContentError');
    expect(error.message).toBe("The report's content has 2 problem(s):\na.mdx:3: one\nb.mdx:4: two");
    expect(error.problems).toBe(problems);
  });

  it('carries no stack trace and keeps the report’s words out of toString (where Astro looks for its browser-API hint)', () => {
    const error = new ContentError([{ file: 'a.mdx', line: 5, message: 'not UTF-8: a quote pasted from an office document, or a window' }]);
    expect(error.stack).toBe('');
    expect(String(error)).toBe("ContentError: the report's content has 1 problem(s)");
    expect(String(error)).not.toMatch(/document|window/);
  });
});
