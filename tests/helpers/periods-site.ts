/**
 * The site built with two report periods: the real one and the earlier-period fixture (tests/fixtures/periods/),
 * in a copy of the project at tests/.output/periods-site/, so the real project's content and caches are never
 * touched and `npm run build` of the real content never publishes the fixture.
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixturePath, projectRoot } from './paths.ts';
import { copyProject, type ProjectCopy } from './project-copy.ts';
import { replaceSiteBlock } from './shapes-site.ts';

export const latestPeriod = '2017-04-01--2017-09-30';
export const earlierPeriod = '2016-10-01--2017-03-31';
export const periodsRoot = join(projectRoot, 'tests/.output/periods-site');
export const periodsDist = join(periodsRoot, 'dist');
/** The two-period site is built for a public URL: none of its files may name this machine. */
export const periodsPublicUrl = 'https://soc3.example.com/';
/** Its publisher has set an accessibility contact (the real site has none yet). */
export const periodsContact = 'accessibility@example.com';

/** A copy of the project whose content is the real period (with the fixture's renames declared) and the fixture period. */
export function periodsCopy(): ProjectCopy {
  const copy = copyProject(periodsRoot);
  cpSync(fixturePath(`periods/${earlierPeriod}`), join(periodsRoot, 'content', earlierPeriod), { recursive: true });
  // The real period's own site block gives way to the fixture's, which declares the rename.
  replaceSiteBlock(join(periodsRoot, 'content', latestPeriod, 'report.yaml'), fixturePath('periods/newer-period-site.yaml'));
  const config = join(periodsRoot, 'site.config.ts');
  const settings = readFileSync(config, 'utf8');
  if (!settings.includes('accessibilityContact: undefined,')) throw new Error(`${config} no longer sets accessibilityContact: undefined`);
  writeFileSync(config, settings.replace('accessibilityContact: undefined,', `accessibilityContact: '${periodsContact}',`));
  return copy;
}

/** Removes the built copy. */
export const removePeriodsSite = () => rmSync(periodsRoot, { recursive: true, force: true });
