/** Build cost against report size: the real report and synthetic ones N times its size, each built cold in a throw-away copy. */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { copyProject } from '../helpers/project-copy.ts';
import type { BuildPhases } from './build-log.ts';
import { scaleReport, type Growth } from './synthetic-report.ts';
import { kb, printTable, secs } from './table.ts';
import { timedBuild } from './timed-build.ts';

export interface ScaleRun {
  growth: Growth;
  factor: number;
  categories: number;
  services: number;
  pages: number;
  /** Bytes of all built HTML pages: a page that lists the whole report grows with it. */
  htmlBytes: number;
  seconds: number;
  peakMB: number;
  secondsPerPage: number;
  phases: BuildPhases;
}

/** HTML pages in a build output, the search bundle's own files aside. */
const htmlPages = (dist: string) =>
  readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind'))
    .map((f) => join(dist, f));

function buildAt(factor: number, growth: Growth): ScaleRun {
  const copy = copyProject();
  try {
    const periods = readdirSync(join(copy.root, 'content'), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name);
    let categories = 0;
    let services = 0;
    for (const period of periods) {
      const size = scaleReport(copy, period, factor, growth);
      categories += size.categories;
      services += size.services;
    }
    const { seconds, peakMB, phases } = timedBuild(copy.root);
    const pages = htmlPages(join(copy.root, 'dist'));
    const htmlBytes = pages.reduce((sum, f) => sum + statSync(f).size, 0);
    return {
      growth,
      factor,
      categories,
      services,
      pages: pages.length,
      htmlBytes,
      seconds,
      peakMB,
      secondsPerPage: seconds / pages.length,
      phases,
    };
  } finally {
    copy.dispose();
  }
}

/** Per way of growing, smallest first, from the real report (factor 1), the baseline the others are compared with. */
export function benchScaling(factors: readonly number[], growth: Growth): ScaleRun[] {
  return [...new Set([1, ...factors])]
    .sort((a, b) => a - b)
    .map((factor) => {
      console.log(`  scaling: building the report at ${factor}x (more ${growth}) …`);
      return buildAt(factor, growth);
    });
}

const ms = (s: number) => `${(s * 1000).toFixed(1)} ms`;
const ratio = (n: number) => `${n.toFixed(2)}×`;
const phase = (s: number | undefined) => (s === undefined ? '?' : secs(s));

export function printScaling(runs: readonly ScaleRun[]): void {
  const base = runs[0]!;
  printTable(
    `3. Scaling, more ${base.growth}: each size built once, cold (no image cache), in a copy under the OS temp folder; ratios against 1x`,
    [
      'size',
      'categories',
      'services',
      'pages',
      'HTML total',
      'HTML/page',
      'build',
      'peak RSS',
      's/page',
      'pages ratio',
      'time ratio',
      's/page ratio',
    ],
    runs.map((r) => [
      `${r.factor}x`,
      r.categories,
      r.services,
      r.pages,
      `${(r.htmlBytes / 2 ** 20).toFixed(1)} MB`,
      kb(r.htmlBytes / r.pages),
      secs(r.seconds),
      `${r.peakMB.toFixed(0)} MB`,
      ms(r.secondsPerPage),
      ratio(r.pages / base.pages),
      ratio(r.seconds / base.seconds),
      ratio(r.secondsPerPage / base.secondsPerPage),
    ]),
  );
  // Wall time includes a fixed start-up cost, which s/page spreads thin: the cost of each added page tells linear from not.
  printTable(
    'Where the time goes, and the cost of each added page (from the previous size)',
    ['size', 'pages phase', 'images phase', 'search index', 'added pages', 'added time', 'ms per added page'],
    runs.map((r, i) => {
      const prev = runs[i - 1];
      const added = prev
        ? [r.pages - prev.pages, secs(r.seconds - prev.seconds), ms((r.seconds - prev.seconds) / (r.pages - prev.pages))]
        : ['–', '–', '–'];
      return [`${r.factor}x`, phase(r.phases.pagesSeconds), phase(r.phases.imagesSeconds), phase(r.phases.searchIndexSeconds), ...added];
    }),
  );
}
