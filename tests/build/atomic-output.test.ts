/**
 * The wiring of a failed build, in one real build of a broken copy of the project: the content's problem
 * reaches the console as `file:line: what to fix`, the build exits non-zero, and the published dist/ stays
 * as it was; the next good build replaces it whole. (Each way content can break is a unit test:
 * tests/unit/bad-input.test.ts.)
 */
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { distDir } from '../helpers/paths.ts';
import { copyProject } from '../helpers/project-copy.ts';

const P = 'content/2017-04-01--2017-09-30';

describe('a failed build says why and leaves the previous dist/ untouched', () => {
  const copy = copyProject();
  afterAll(() => copy.dispose());
  const dist = (path: string) => join(copy.root, 'dist', path);
  // The copy starts with a published site: the build this test run made.
  cpSync(distDir, join(copy.root, 'dist'), { recursive: true });

  it('fails with the problem at its file and line, keeps dist/, and the next good build replaces it', () => {
    const before = readFileSync(dist('sections/people/index.html'), 'utf8');
    writeFileSync(dist('left-by-the-last-build.txt'), 'a file only the previous dist/ has');

    // A problem found while the pages render (after the early check, with the staging folder half written).
    const glacier = /## Amazon Glacier\n\n.*\n\n/;
    const description = glacier.exec(copy.read(`${P}/categories/storage.mdx`))![0];
    copy.replace(`${P}/categories/storage.mdx`, glacier, '');
    const broken = copy.build();
    expect(broken.status, broken.output).not.toBe(0);
    expect(broken.output).toContain(
      `${P}/sections/aws-background.mdx:35: service "Amazon Glacier" is in scope but has no description: add "## Amazon Glacier" and its paragraphs to its category file`,
    );
    expect(readFileSync(dist('sections/people/index.html'), 'utf8')).toBe(before);
    expect(existsSync(dist('left-by-the-last-build.txt'))).toBe(true);
    expect(existsSync(dist('pagefind/pagefind.js'))).toBe(true);

    copy.replace(
      `${P}/categories/storage.mdx`,
      '## Amazon Simple Storage Service (S3)',
      `${description}## Amazon Simple Storage Service (S3)`,
    );
    const good = copy.build();
    expect(good.status, good.output).toBe(0);
    expect(existsSync(join(copy.root, 'dist.staging'))).toBe(false);
    expect(existsSync(dist('left-by-the-last-build.txt'))).toBe(false);
    expect(existsSync(dist('pagefind/pagefind.js'))).toBe(true);
    expect(readFileSync(dist('categories/storage/index.html'), 'utf8')).toContain('Amazon Glacier');
  }, 180_000);
});
