/**
 * Vitest global setup for the build and browser layers: builds the site once, so every test reads the same
 * dist/, however many layers ask for it in one run; and, side by side with it (two cores), the two-period site
 * (tests/helpers/periods-site.ts). The real site is built by `npm start` itself (tests/helpers/npm-start.ts),
 * which then serves it for the run: tests/build/npm-start.test.ts checks what it serves. Set SKIP_BUILD=1 to
 * test existing builds (e.g. right after a run).
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
import type { BuildResult } from './project-copy.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the run's `npm start` serves the real site; empty when SKIP_BUILD=1 reused a build. */
    npmStartOrigin: string;
  }
}

const failed = (what: string, result: BuildResult) =>
  new Error(`the ${what} build failed (exit ${result.status ?? result.signal}):\n${result.output.split('\n').slice(-40).join('\n')}`);

async function buildBoth(): Promise<NpmStart> {
  const started = performance.now();
  console.log('build-once: building the site (npm start) and the two-period site, once for every layer of this run …');
  // The real site for local preview, by `npm start` (with the precompressed files the tests check); the two-period site for its public URL.
  const real = npmStart({ SITE_URL: localPreviewUrl, SOC3_PRECOMPRESS: 'on' });
  const periods = periodsCopy().buildAsync({ SITE_URL: periodsPublicUrl });
  const [r, p] = await Promise.allSettled([real, periods]);
  if (r.status === 'rejected') throw r.reason;
  if (p.status === 'rejected' || p.value.status !== 0) {
    await r.value.stop();
    throw p.status === 'rejected' ? p.reason : failed('two-period site', p.value);
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `build-once: npm start served its first page after ${r.value.firstPageSeconds.toFixed(0)} s; both sites built in ${seconds.toFixed(0)} s`,
  );
  return r.value;
}

const shared = globalThis as typeof globalThis & { soc3Builds?: Promise<NpmStart | undefined> };

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const reuse = process.env['SKIP_BUILD'] === '1' && existsSync(distDir) && existsSync(periodsDist);
  shared.soc3Builds ??= reuse ? Promise.resolve(undefined) : buildBoth();
  const start = await shared.soc3Builds;
  project.provide('npmStartOrigin', start?.origin ?? '');
  return async () => {
    await start?.stop();
  };
}
