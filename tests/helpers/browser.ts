/**
 * Browser tests drive Debian's Chromium through playwright-core against dist/, served with the production headers.
 * A missing Chromium fails the test with the command that installs it: never a silent skip.
 *
 * One Chromium for each worker serves the whole test run: the browser layers' global setup
 * (tests/helpers/browser-server.ts) starts them and hands their endpoints to the test files, which connect to
 * their worker's; each test file works in contexts of its own. Outside vitest (the bench), launchBrowser starts
 * a browser of its own.
 */
import { existsSync } from 'node:fs';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type BrowserServer,
  type LaunchOptions,
  type Page,
} from 'playwright-core';
import { join } from 'node:path';
import { startStaticServer } from '../../src/server/static-server.ts';
import { afterAll, afterEach, beforeAll, inject } from 'vitest';
import { projectRoot } from './paths.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The WebSocket endpoints of the test run's Chromiums, one for each worker. */
    chromiumEndpoints: string[];
  }
}

export const chromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

function launchOptions(): LaunchOptions {
  if (!existsSync(chromiumPath)) {
    throw new Error(`Chromium not found at ${chromiumPath}. Install it with: apt-get install -y chromium (or set CHROMIUM_PATH).`);
  }
  // The flags keep Chromium from calling home: this machine, like CI, has no network but localhost.
  return {
    executablePath: chromiumPath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  };
}

/** Chromium as a server that test files connect to, on a loopback WebSocket. */
export const launchBrowserServer = (): Promise<BrowserServer> => chromium.launchServer({ ...launchOptions(), host: '127.0.0.1' });

/** The test run's Chromium of this worker (closing it only disconnects), or outside a test run a browser of its own. */
export async function launchBrowser(): Promise<Browser> {
  const endpoints = process.env['VITEST'] ? inject('chromiumEndpoints') : undefined;
  // VITEST_POOL_ID numbers the workers from 1 to maxWorkers.
  const endpoint = endpoints?.[(Number(process.env['VITEST_POOL_ID'] ?? 1) - 1) % endpoints.length];
  return endpoint ? chromium.connect(endpoint) : chromium.launch(launchOptions());
}

/**
 * Serves a project's dist/ (this one's, or a copy's) on a free loopback port as production serves it: the Node
 * server of `npm start`, with the build's headers (the header CSP among them), compression and redirects.
 */
export async function startPreview(root = projectRoot): Promise<{ origin: string; stop: () => Promise<void> }> {
  return startStaticServer(join(root, 'dist'));
}

/** Everything that went wrong while a page loaded: console errors, page errors, failed or off-site requests. */
export function watchProblems(page: Page, origin: string): string[] {
  const problems: string[] = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(`console error: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} (${r.failure()?.errorText})`));
  page.on('response', (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()}: ${r.url()}`));
  page.on(
    'request',
    (r) => !r.url().startsWith(origin) && !r.url().startsWith('data:') && problems.push(`third-party request: ${r.url()}`),
  );
  return problems;
}

/** Adds an image with no text alternative to the page's main: a violation every accessibility engine must report. */
export const addImageWithoutAlt = (page: Page): Promise<void> =>
  page.evaluate(() => void document.querySelector('main')!.append(Object.assign(document.createElement('img'), { src: '/favicon.svg' })));

/**
 * Turns the page's theme as the reader's system turns it (prefers-color-scheme), and waits until it has taken
 * effect and every transition it started (Pagefind's border colours) has ended: an accessibility check right
 * after would see colours halfway. Animations that follow a scroll (the periods table's edge shadows) stand still
 * until the reader scrolls, so they are not waited for.
 */
export async function turnTheme(page: Page, colorScheme: 'light' | 'dark'): Promise<void> {
  await page.emulateMedia({ colorScheme });
  await page.waitForFunction(
    (dark) =>
      matchMedia('(prefers-color-scheme: dark)').matches === dark &&
      document.getAnimations().every((a) => a.playState !== 'running' || a.timeline !== document.timeline),
    colorScheme === 'dark',
  );
}

export const viewports = {
  desktop: { viewport: { width: 1280, height: 900 } },
  phone: { viewport: { width: 375, height: 800 }, isMobile: true, hasTouch: true },
} satisfies Record<string, BrowserContextOptions>;

/** A browser and a preview server for one test file: started before its tests, stopped after them. */
export interface Site {
  browser: Browser;
  origin: string;
  /**
   * The file's open tab for these context options, emptied for the caller: on the site's robots.txt, in the options' media and
   * viewport, allowed the clipboard (the share controls copy to it), with no listener, route, other permission,
   * cookie or stored item an earlier test left. Loading a page into an
   * open tab costs the browser about a quarter of the CPU of a new tab (0.2 s against 0.6–0.85 s, over 20 loads),
   * and the browser tests load a few hundred. A test that needs what cannot be undone (a fake clock, a font-size
   * setting, a slowed CPU) or nothing cached opens a context of its own (`context`).
   */
  tab(options?: BrowserContextOptions): Promise<Page>;
  /** A new context for the test alone, closed after it. */
  context(options?: BrowserContextOptions): Promise<BrowserContext>;
}

const clipboard = ['clipboard-read', 'clipboard-write'];

/** Registers the file's beforeAll/afterAll and returns the site they fill in: this project's build, or a copy's. */
export function useSite(root = projectRoot): Site {
  const tabs = new Map<string, Page>();
  const ownContexts: BrowserContext[] = [];
  const site = {
    async context(options: BrowserContextOptions = viewports.desktop): Promise<BrowserContext> {
      const context = await site.browser.newContext(options);
      ownContexts.push(context);
      return context;
    },
    async tab(options: BrowserContextOptions = viewports.desktop): Promise<Page> {
      const key = JSON.stringify(options);
      const open = tabs.get(key);
      if (!open) {
        const context = await site.browser.newContext(options);
        await context.grantPermissions(clipboard, { origin: site.origin });
        const page = await context.newPage();
        tabs.set(key, page);
        return page;
      }
      // Listeners first: what the last page does as it is left (requests cut short) belongs to no test. It is left
      // for the site's robots.txt, a document of no script: navigating away ends the last page, its loads and its
      // workers (Pagefind's, which an empty document in its place would leave fetching), and the test's own
      // navigation is never a jump within the last page (to one of its #fragments). A page of the same site keeps
      // the tab's renderer process: about:blank would swap it twice, 0.25 s of CPU a load.
      open.removeAllListeners();
      await open.unrouteAll({ behavior: 'ignoreErrors' });
      await open.goto(`${site.origin}/robots.txt`);
      await open.evaluate(() => (localStorage.clear(), sessionStorage.clear()));
      const context = open.context();
      await Promise.all([context.clearCookies(), context.clearPermissions()]);
      await context.grantPermissions(clipboard, { origin: site.origin });
      await open.emulateMedia({
        media: null,
        colorScheme: options.colorScheme ?? 'light',
        reducedMotion: options.reducedMotion ?? 'no-preference',
        forcedColors: options.forcedColors ?? 'none',
        contrast: options.contrast ?? 'no-preference',
      });
      if (options.viewport !== null) await open.setViewportSize(options.viewport ?? { width: 1280, height: 720 });
      return open;
    },
  } as Site;
  let stop: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const server = await startPreview(root);
    stop = server.stop;
    site.origin = server.origin;
    site.browser = await launchBrowser();
  });
  afterEach(async () => {
    await Promise.all(ownContexts.splice(0).map((context) => context.close()));
  });
  afterAll(async () => {
    await Promise.all([...tabs.values()].map((page) => page.context().close()));
    await site.browser?.close();
    await stop?.();
  });
  return site;
}
