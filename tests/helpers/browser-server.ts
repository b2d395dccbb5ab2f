/**
 * Vitest global setup for the browser layers: one Chromium for the whole run, started after the builds (its
 * memory is then free for them), its endpoint provided to every test file (tests/helpers/browser.ts). Each layer
 * loads this file as a module of its own in vitest's main process: the browser is kept on globalThis, which
 * they share, and closed once, at the end of the run.
 */
import type { BrowserServer } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { launchBrowserServer } from './browser.ts';

const shared = globalThis as typeof globalThis & { soc3Browser?: Promise<BrowserServer> | undefined };

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!shared.soc3Browser) {
    console.log('browser-server: starting Chromium (once for every browser test of this run)');
    shared.soc3Browser = launchBrowserServer();
  }
  const server = await shared.soc3Browser;
  project.provide('chromiumEndpoint', server.wsEndpoint());
  return async () => {
    const running = shared.soc3Browser;
    shared.soc3Browser = undefined;
    await (await running)?.close();
  };
}
