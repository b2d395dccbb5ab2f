/**
 * What crosses the wire through nginx with the generated configuration (deploy/nginx.conf): the bytes of a service
 * page's load and of the first search, sent as brotli, gzip or as they are; the requests a second page view makes
 * (cached files should leave the HTML alone); and the bytes of a five-page visit in one browser.
 */
import { request } from 'node:http';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { launchBrowser, viewports } from '../helpers/browser.ts';
import { projectRoot } from '../helpers/paths.ts';
import { startNginx } from '../helpers/servers.ts';
import { kb, printTable } from './table.ts';

const encodings = ['br', 'gzip', 'identity'] as const;
const service = '/services/amazon-simple-storage-service-s3/';
const visit = ['/', '/categories/storage/', service, '/services/amazon-glacier/', '/sections/people/'];

export interface WireBench {
  /** Bytes of the bodies for each encoding the client accepts. */
  pageLoad: Record<(typeof encodings)[number], number>;
  firstSearch: Record<(typeof encodings)[number], number>;
  requests: { pageLoad: number; firstSearch: number; secondPageView: number; secondPageViewPaths: string[] };
  /** Bytes over the wire (headers and bodies, as Chromium counts them) of five pages in a row, caching as it may. */
  fivePageVisit: { bytes: number; pages: string[] };
}

/** A body's size as sent for an Accept-Encoding. */
function bodySize(origin: string, path: string, encoding: string): Promise<number> {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve, reject) => {
    request({ hostname, port, path, headers: { 'accept-encoding': encoding } }, (res) => {
      let n = 0;
      res.on('data', (c: Buffer) => (n += c.length));
      res.on('end', () => resolve(n));
    })
      .on('error', reject)
      .end();
  });
}

/** The paths a page fetches during `act`, and a CDP session counting what reached the network. */
async function recording(page: Page, act: () => Promise<void>): Promise<string[]> {
  const paths: string[] = [];
  const listener = (r: { url(): string }) => paths.push(new URL(r.url()).pathname + new URL(r.url()).search);
  page.on('request', listener);
  await act();
  await page.waitForLoadState('networkidle');
  page.off('request', listener);
  return paths;
}

async function networkResponses(cdp: CDPSession, act: () => Promise<void>): Promise<{ paths: string[]; bytes: number }> {
  const paths: string[] = [];
  let bytes = 0;
  const onResponse = (e: {
    response: { url: string; fromDiskCache?: boolean; fromServiceWorker?: boolean; fromPrefetchCache?: boolean };
  }) => {
    if (!e.response.fromDiskCache && !e.response.fromPrefetchCache && !e.response.url.startsWith('data:'))
      paths.push(new URL(e.response.url).pathname);
  };
  const onFinished = (e: { encodedDataLength: number }) => (bytes += e.encodedDataLength);
  cdp.on('Network.responseReceived', onResponse);
  cdp.on('Network.loadingFinished', onFinished);
  await act();
  cdp.off('Network.responseReceived', onResponse);
  cdp.off('Network.loadingFinished', onFinished);
  return { paths, bytes };
}

export async function benchWire(): Promise<WireBench | { ran: false; reason: string }> {
  let server;
  try {
    server = await startNginx(join(projectRoot, 'deploy'));
  } catch (error) {
    return { ran: false, reason: error instanceof Error ? error.message : String(error) };
  }
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext(viewports.desktop);
    const page = await context.newPage();
    const loaded = await recording(page, async () => void (await page.goto(server.origin + service)));
    const searched = await recording(page, async () => {
      await page.keyboard.press('/');
      await page.locator('pagefind-modal dialog[open]').waitFor();
      await page.keyboard.type('encryption keys');
      await page.waitForSelector('pagefind-results .sr-result', { timeout: 20_000 });
    });
    const sum = async (paths: string[], encoding: string) =>
      (await Promise.all(paths.map((p) => bodySize(server.origin, p, encoding)))).reduce((a, b) => a + b, 0);
    const sized = async (paths: string[]) =>
      Object.fromEntries(await Promise.all(encodings.map(async (e) => [e, await sum(paths, e)] as const))) as WireBench['pageLoad'];

    // A second page view in a browser that has seen the first: what still reaches the server.
    const fresh = await browser.newContext(viewports.desktop);
    const viewer = await fresh.newPage();
    const cdp = await fresh.newCDPSession(viewer);
    await cdp.send('Network.enable');
    await viewer.goto(`${server.origin}/services/amazon-glacier/`, { waitUntil: 'networkidle' });
    const second = await networkResponses(cdp, async () => void (await viewer.goto(server.origin + service, { waitUntil: 'networkidle' })));

    const visitor = await browser.newContext(viewports.desktop);
    const tab = await visitor.newPage();
    const visitCdp = await visitor.newCDPSession(tab);
    await visitCdp.send('Network.enable');
    const five = await networkResponses(visitCdp, async () => {
      for (const path of visit) await tab.goto(server.origin + path, { waitUntil: 'networkidle' });
    });
    return {
      pageLoad: await sized(loaded),
      firstSearch: await sized(searched),
      requests: {
        pageLoad: loaded.length,
        firstSearch: searched.length,
        secondPageView: second.paths.length,
        secondPageViewPaths: second.paths,
      },
      fivePageVisit: { bytes: five.bytes, pages: visit },
    };
  } finally {
    await browser.close();
    await server.stop();
  }
}

export function printWire(bench: WireBench | { ran: false; reason: string }): void {
  if ('ran' in bench) return void console.log(`\n6. Bytes on the wire: not run. ${bench.reason}`);
  printTable(
    `6. Through nginx (deploy/nginx.conf): bodies as sent for each Accept-Encoding; requests`,
    ['what', 'br', 'gzip', 'none', 'requests'],
    [
      ['service page load', kb(bench.pageLoad.br), kb(bench.pageLoad.gzip), kb(bench.pageLoad.identity), bench.requests.pageLoad],
      [
        'first search (dialog + query)',
        kb(bench.firstSearch.br),
        kb(bench.firstSearch.gzip),
        kb(bench.firstSearch.identity),
        bench.requests.firstSearch,
      ],
    ],
  );
  console.log(`  a second page view makes ${bench.requests.secondPageView} request(s): ${bench.requests.secondPageViewPaths.join(', ')}`);
  console.log(`  a five-page visit (${bench.fivePageVisit.pages.join(' → ')}): ${kb(bench.fivePageVisit.bytes)} over the wire`);
}
