/**
 * Vitest global setup for the browser layers: one Chromium for each worker of the run (three), started after the
 * builds (their memory is then free for them), their endpoints provided to every test file
 * (tests/helpers/browser.ts), which takes its worker's. A worker runs one file at a time, so no two files share a
 * browser at once: a browser's clipboard, which the copy tests read, is one for all its contexts. Each layer loads
 * this file as a module of its own in vitest's main process: the browsers are kept on globalThis, which they
 * share, and closed once, at the end of the run.
 */
import type { BrowserServer } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { launchBrowserServer } from './browser.ts';

const shared = globalThis as typeof globalThis & { soc3Browsers?: Promise<BrowserServer[]> | undefined };

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!shared.soc3Browsers) {
    const workers = Math.max(1, Number(project.config.maxWorkers) || 1);
    console.log(
      `browser-server: starting Chromium ${workers === 1 ? 'once' : `${workers} times, one for each worker,`} for every browser test of this run`,
    );
    shared.soc3Browsers = Promise.all(Array.from({ length: workers }, () => launchBrowserServer()));
  }
  const servers = await shared.soc3Browsers;
  project.provide(
    'chromiumEndpoints',
    servers.map((server) => server.wsEndpoint()),
  );
  return async () => {
    const running = shared.soc3Browsers;
    shared.soc3Browsers = undefined;
    await Promise.all(((await running) ?? []).map((server) => server.close()));
  };
}
