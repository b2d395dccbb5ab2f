import { defineConfig } from 'vitest/config';
import LongestFirst from './helpers/longest-first.ts';

/**
 * One config, three layers ordered by cost: unit (pure code, no build), build (over dist/), e2e (Chromium over
 * dist/). Test files run three at a time on these two-core machines: a browser test spends much of its time
 * waiting (a page's network going quiet, a poll), and the suite kept its two cores about 60 % busy two at a time
 * (350 s of CPU in about 300 s). The build and browser layers share the one build of each site their global setup
 * makes, and each worker of the browser layers one Chromium.
 */
const overDist = { globalSetup: ['tests/helpers/build-once.ts'], testTimeout: 60_000, hookTimeout: 600_000 };
const inBrowser = { ...overDist, globalSetup: [...overDist.globalSetup, 'tests/helpers/browser-server.ts'] };

export default defineConfig({
  test: {
    maxWorkers: 3,
    sequence: { sequencer: LongestFirst },
    projects: [
      // Unit files share a worker's module state (no file leaves any behind: a test that sets process.env restores
      // it), which halves the layer's import time. Each test gets 30 s: some run a CLI or the content pipeline, and a
      // loaded machine must not fail them (speed is the bench's).
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], isolate: false, testTimeout: 30_000 } },
      // The build tests only read dist/: one module state per worker, so a page parsed once (helpers/dist.ts) serves every file.
      { extends: true, test: { name: 'build', include: ['tests/build/**/*.test.ts'], ...overDist, isolate: false } },
      // The generated nginx and Caddy configurations on the real servers. This layer and the browser layer share a
      // worker's modules too (each file connects to the worker's Chromium in its own contexts and leaves no state):
      // loading playwright and the helpers once a worker halved the workers' CPU (33 s to 18 s a run).
      { extends: true, test: { name: 'serve', include: ['tests/serve/**/*.test.ts'], ...inBrowser, isolate: false } },
      // A browser page under load (other test files beside it) can take seconds to settle: polls wait up to 10 s.
      {
        extends: true,
        test: { name: 'e2e', include: ['tests/e2e/**/*.test.ts'], ...inBrowser, isolate: false, expect: { poll: { timeout: 10_000 } } },
      },
    ],
  },
});
