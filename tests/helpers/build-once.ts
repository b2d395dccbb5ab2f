/**
 * Vitest global setup for the build and browser layers: builds the site once, so every test reads the same
 * dist/, however many layers ask for it in one run; and, side by side with it (two cores), the two-period site
 * (tests/helpers/periods-site.ts). Set SKIP_BUILD=1 to test existing builds (e.g. right after a run).
 */
import { existsSync } from 'node:fs';
import { distDir, localPreviewUrl, projectRoot } from './paths.ts';
import { periodsCopy, periodsDist, periodsPublicUrl } from './periods-site.ts';
import { astroBuild, type BuildResult } from './project-copy.ts';

/** Both layers' setups run in vitest's main process: the second finds the first's builds done. */
let built: Promise<void> | undefined;

const failed = (what: string, result: BuildResult) =>
  new Error(`the ${what} build failed (exit ${result.status ?? result.signal}):\n${result.output.split('\n').slice(-40).join('\n')}`);

async function buildBoth(): Promise<void> {
  // The real site for local preview, as `npm start` builds it; the two-period site for its public URL.
  const real = astroBuild(projectRoot, { SITE_URL: localPreviewUrl });
  const periods = periodsCopy().buildAsync({ SITE_URL: periodsPublicUrl });
  const [r, p] = await Promise.all([real, periods]);
  if (r.status !== 0) throw failed('site', r);
  if (p.status !== 0) throw failed('two-period site', p);
}

export default async function setup(): Promise<void> {
  if (process.env['SKIP_BUILD'] === '1' && existsSync(distDir) && existsSync(periodsDist)) return;
  built ??= buildBoth();
  await built;
}
