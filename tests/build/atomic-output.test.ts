import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyProject } from '../helpers/project-copy.ts';

const P = 'content/2017-04-01--2017-09-30';

describe('a failed build leaves the previous dist/ untouched', () => {
  const copy = copyProject();
  afterAll(() => copy.dispose());
  const dist = (path: string) => join(copy.root, 'dist', path);

  it('publishes a good build, keeps it through a broken one, and replaces it with the next good one', () => {
    expect(copy.build().status).toBe(0);
    const before = readFileSync(dist('sections/people/index.html'), 'utf8');
    expect(existsSync(dist('pagefind/pagefind.js'))).toBe(true);

    copy.replace(`${P}/sections/people.mdx`, 'Executive and senior leadership', 'Executive and senior leadership <Broken');
    const broken = copy.build();
    expect(broken.status).not.toBe(0);
    expect(readFileSync(dist('sections/people/index.html'), 'utf8')).toBe(before);
    expect(existsSync(dist('pagefind/pagefind.js'))).toBe(true);

    copy.replace(`${P}/sections/people.mdx`, 'Executive and senior leadership <Broken', 'Executive and senior leadership');
    expect(copy.build().status).toBe(0);
    expect(existsSync(join(copy.root, 'dist.staging'))).toBe(false);
    expect(readFileSync(dist('sections/people/index.html'), 'utf8')).toContain('Executive and senior leadership play important roles');
  }, 180_000);
});
