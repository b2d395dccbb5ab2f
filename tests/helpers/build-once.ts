/**
 * Vitest global setup for the build and browser layers: builds each test site once, so every test reads the same
 * dist/, however many layers ask for it in one run. The real site is built by `npm start` itself
 * (tests/helpers/npm-start.ts), which then serves it for the run: tests/build/npm-start.test.ts checks what it
 * serves. Beside it, the two-period site (tests/helpers/periods-site.ts) and the report-shapes site
 * (tests/helpers/shapes-site.ts). Set SKIP_BUILD=1 to test existing builds (e.g. right after a run); set
 * BUILD_SITES to a comma-separated subset of `real,periods,shapes` to build only those (while working on one).
 *
 * Each layer (vitest project) loads this file as a module of its own, one after another, in vitest's main
 * process: the builds are kept on globalThis, which they share, so the second and third layers find them done.
 * A build has no time limit: it is work the run needs, not a test (budgets: `npm run bench`).
 */
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { npmStart, type NpmStart } from './npm-start.ts';
import { distDir, localPreviewUrl } from './paths.ts';
import { periodsCopy, periodsDist, periodsPublicUrl } from './periods-site.ts';
import type { BuildResult, ProjectCopy } from './project-copy.ts';
import { shapesCopy, shapesDist, shapesPublicUrl } from './shapes-site.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the run's `npm start` serves the real site; empty when SKIP_BUILD=1 reused a build. */
    npmStartOrigin: string;
  }
}

const sites = ['real', 'periods', 'shapes'] as const;
const wanted = new Set((process.env['BUILD_SITES'] ?? sites.join(',')).split(',').map((s) => s.trim()));
for (const site of wanted) {
  if (!(sites as readonly string[]).includes(site)) throw new Error(`BUILD_SITES: unknown site "${site}" (known: ${sites.join(', ')})`);
}

const failed = (what: string, result: BuildResult) =>
  new Error(`the ${what} build failed (exit ${result.status ?? result.signal}):\n${result.output.split('\n').slice(-40).join('\n')}`);

/**
 * What the report-shapes site's tests never read, so its build skips it: the precompressed files and the preview
 * images (each page's card is still checked). The two-period site has both: the serving tests
 * (tests/serve/servers.test.ts) serve it, as deployed, through nginx and Caddy.
 */
const noServingFiles = { SOC3_PRECOMPRESS: 'off', SOC3_PREVIEW_IMAGES: 'off' };

const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(0);

async function buildCopy(what: string, copy: () => ProjectCopy, url: string, env: Record<string, string> = {}): Promise<void> {
  const started = performance.now();
  const result = await copy().buildAsync({ SITE_URL: url, ...env });
  if (result.status !== 0) throw failed(what, result);
  console.log(`build-once: the ${what} built in ${seconds(started)} s`);
}

/**
 * The fixture sites, side by side (and beside the real site's build): a build keeps about one core busy, and the
 * three together keep both busy to the end, where one after the other left a core idle while the last one ran.
 */
async function buildFixtureSites(): Promise<void> {
  const builds = [
    wanted.has('periods') && buildCopy('two-period site', periodsCopy, periodsPublicUrl),
    wanted.has('shapes') && buildCopy('report-shapes site', shapesCopy, shapesPublicUrl, noServingFiles),
  ];
  const failures = (await Promise.allSettled(builds)).flatMap((b) => (b.status === 'rejected' ? [b.reason as Error] : []));
  if (failures.length > 0)
    throw failures.length === 1 ? failures[0] : new AggregateError(failures, failures.map((f) => f.message).join('\n\n'));
}

async function buildAll(): Promise<NpmStart | undefined> {
  const started = performance.now();
  console.log(`build-once: building ${[...wanted].join(', ')}, once for every layer of this run …`);
  // The real site for local preview, by `npm start` (with the precompressed files the tests check); the fixture sites for their public URLs.
  const real = wanted.has('real') ? npmStart({ SITE_URL: localPreviewUrl, SOC3_PRECOMPRESS: 'on' }) : Promise.resolve(undefined);
  const [r, f] = await Promise.allSettled([real, buildFixtureSites()]);
  if (r.status === 'rejected') throw r.reason;
  if (f.status === 'rejected') {
    await r.value?.stop();
    throw f.reason;
  }
  const first = r.value ? `npm start served its first page after ${r.value.firstPageSeconds.toFixed(0)} s; ` : '';
  console.log(`build-once: ${first}all sites built in ${seconds(started)} s`);
  return r.value;
}

const shared = globalThis as typeof globalThis & { soc3Builds?: Promise<NpmStart | undefined> };

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dists = { real: distDir, periods: periodsDist, shapes: shapesDist };
  const reuse = process.env['SKIP_BUILD'] === '1' && sites.every((site) => !wanted.has(site) || existsSync(dists[site]));
  shared.soc3Builds ??= reuse ? Promise.resolve(undefined) : buildAll();
  const start = await shared.soc3Builds;
  project.provide('npmStartOrigin', start?.origin ?? '');
  return async () => {
    await start?.stop();
  };
}
