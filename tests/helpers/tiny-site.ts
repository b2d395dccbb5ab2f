/**
 * A copy of the project whose content is the tiny-site fixture (tests/fixtures/tiny-site/: three pages of the
 * real report's text, three services) instead of the real report: for tests that need real builds of the
 * whole pipeline (content check, pages, search, images, serving, publication) without the cost of the real one.
 */
import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fixturePath } from './paths.ts';
import { copyProject, type ProjectCopy } from './project-copy.ts';

/** The tiny site's one period, under content/ in the copy. */
export const tinyPeriod = 'content/2017-04-01--2017-09-30';

/** The tiny site in a copy of the project, with all its packages or (`'production'`) only what `npm ci --omit=dev` installs. */
export function tinySiteCopy(modules: 'all' | 'production' = 'all'): ProjectCopy {
  const copy = copyProject(undefined, { modules });
  rmSync(join(copy.root, 'content'), { recursive: true, force: true });
  cpSync(fixturePath('tiny-site'), join(copy.root, 'content'), { recursive: true, filter: (from) => !from.endsWith('README.md') });
  return copy;
}
