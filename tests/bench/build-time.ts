/** Build cost of the real project: one cold build (preview-image cache cleared), then warm builds that reuse it. */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../helpers/paths.ts';
import type { BuildPhases } from './build-log.ts';
import { median, summarize, type Summary } from './stats.ts';
import { printTable, secs, type Cell } from './table.ts';
import { timedBuild, type TimedBuild } from './timed-build.ts';

/** The og-images plugin's cache (src/integrations/og-images.ts): present, a build copies; absent, it renders. */
const imageCache = join(projectRoot, 'node_modules/.cache/og-images');

export interface BuildBench {
  cold: TimedBuild;
  warm: TimedBuild[];
  warmSeconds: Summary;
  warmPeakMB: Summary;
}

const run = () => timedBuild(projectRoot);

export function benchBuild(warmRuns: number): BuildBench {
  rmSync(imageCache, { recursive: true, force: true });
  const cold = run();
  const warm = Array.from({ length: warmRuns }, run);
  return { cold, warm, warmSeconds: summarize(warm.map((r) => r.seconds)), warmPeakMB: summarize(warm.map((r) => r.peakMB)) };
}

const mb = (n: number) => `${n.toFixed(0)} MB`;
const maybe = (n: number | undefined, f: (n: number) => string) => (n === undefined ? '?' : f(n));

/**
 * Phase columns: a single run's, or the median over warm runs (a phase missing from any log shows '?').
 * A cold run that reuses images shares the cache with a build that ran at the same time.
 */
function phaseCells(runs: readonly TimedBuild[]): Cell[] {
  const of = (key: keyof BuildPhases) => {
    const values = runs.map((r) => r.phases[key]);
    return values.every((v) => v !== undefined) ? median(values as number[]) : undefined;
  };
  return [
    maybe(of('pagesSeconds'), secs),
    maybe(of('imagesSeconds'), secs),
    `${maybe(of('imagesRendered'), String)} / ${maybe(of('imagesReused'), String)}`,
    maybe(of('searchIndexSeconds'), secs),
  ];
}

export function printBuild(b: BuildBench): void {
  printTable(
    '1. Build: astro build in the project (wall and peak RSS of the largest process from /usr/bin/time; phases from the build log)',
    ['run', 'wall', 'peak RSS', 'pages phase', 'images phase', 'images rendered / reused', 'search index'],
    [
      ['cold (image cache cleared)', secs(b.cold.seconds), mb(b.cold.peakMB), ...phaseCells([b.cold])],
      [`warm, median of ${b.warmSeconds.runs}`, secs(b.warmSeconds.median), mb(b.warmPeakMB.median), ...phaseCells(b.warm)],
      [
        'warm, min – max',
        `${secs(b.warmSeconds.min)} – ${secs(b.warmSeconds.max)}`,
        `${mb(b.warmPeakMB.min)} – ${mb(b.warmPeakMB.max)}`,
        '',
        '',
        '',
        '',
      ],
    ],
  );
}
