/**
 * Search cost and speed, measured in Chromium against a served build (for `npm run bench`; not a timed test).
 *
 * - Bytes: what a content page loads before the reader touches search, after the search dialog opens,
 *   and after the first query, by kind of file. Sizes are the bytes on the wire (as served) and the
 *   same bodies gzipped at level 9, so the figures do not depend on whether the server compresses.
 *   Scripts inlined in the HTML count as JavaScript too.
 * - Latency: with the index warm (each query run once before), the time from the last keystroke of a
 *   query to the DOM update that puts its results (title, category, excerpt) in the dialog, median of
 *   many runs. Chromium paints that update in the next frame.
 *
 * - First search: on a freshly loaded page, the time from the `/` that opens search to the first result of a query
 *   typed straight away, and from that query's last keystroke; cold (a new browser profile: nothing cached) and
 *   warm (the HTTP cache filled by a first visit), against the load of the same page measured in the same run; and
 *   warm after the pointer has rested on the search control for 200 ms (intent starts loading search).
 *
 * Usage: `const m = await measureSearch('http://127.0.0.1:4321')` with `dist/` served at that origin.
 */
import { gzipSync } from 'node:zlib';
import type { Browser, Page, Response } from 'playwright-core';
import { launchBrowser, viewports } from '../helpers/browser.ts';

/** Bytes of one kind of file: as transferred, and gzipped (level 9). */
export interface Bytes {
  transferred: number;
  gzip: number;
}
/** Everything a page had loaded at one moment (cumulative). */
export interface ByteCounts {
  requests: number;
  total: Bytes;
  /** JavaScript files plus scripts inlined in the HTML. */
  js: Bytes;
  css: Bytes;
  html: Bytes;
  /** Pagefind's WebAssembly. */
  wasm: Bytes;
  /** Pagefind's index, metadata, filter and fragment files. */
  index: Bytes;
  other: Bytes;
  /** Paths of the files under /pagefind/ loaded so far. */
  pagefindFiles: string[];
}
export interface SearchMeasurement {
  /** The content page measured. */
  page: string;
  bytes: {
    /** After load, before any interaction: the cost every reader pays. */
    beforeSearch: ByteCounts;
    /** After `/` opened the dialog (code, styles, engine loaded; no query yet). */
    afterOpen: ByteCounts;
    /** After the first query's results showed. */
    afterFirstQuery: ByteCounts;
  };
  latency: {
    /** Median time in ms from the last keystroke to results rendered, warm cache. */
    medianMs: number;
    p90Ms: number;
    maxMs: number;
    runs: number;
    queries: string[];
    /** Every sample, in ms, in run order. */
    samplesMs: number[];
    /** The first query's time on a cold start (index chunks fetched), for contrast. */
    coldFirstQueryMs: number;
  };
  /**
   * The first search on a page, cold and warm, against the page's own load (medians, ms); and warm after a sign of
   * intent (the pointer resting on the search control for `intentMs` before `/`), which starts loading search.
   */
  firstSearch: Record<'cold' | 'warm' | 'warmAfterIntent', FirstSearch>;
}

/** Medians in ms over `runs` fresh page loads. */
export interface FirstSearch {
  runs: number;
  query: string;
  /** Navigation start to the load event of the page. */
  pageLoadMs: number;
  /** The `/` that opens search to the query's first result in the DOM. */
  openToFirstResultMs: number;
  /** The query's last keystroke to its first result in the DOM. */
  lastKeyToFirstResultMs: number;
}

const kinds = ['js', 'css', 'html', 'wasm', 'index', 'other'] as const;
type Kind = (typeof kinds)[number];

function kindOf(path: string, contentType: string): Kind {
  if (path.endsWith('.pagefind') || contentType.includes('wasm')) return 'wasm';
  if (/\.pf_(index|meta|filter|fragment)$/.test(path) || path.endsWith('pagefind-entry.json')) return 'index';
  if (contentType.includes('javascript') || path.endsWith('.js')) return 'js';
  if (contentType.includes('css') || path.endsWith('.css')) return 'css';
  if (contentType.includes('html')) return 'html';
  return 'other';
}

interface Loaded {
  path: string;
  kind: Kind;
  transferred: number;
  gzip: number;
}

/** Records every response of a page, with its sizes. */
function recordResponses(page: Page): { loaded: Loaded[]; settle: () => Promise<void> } {
  const loaded: Loaded[] = [];
  const pending: Promise<void>[] = [];
  page.on('response', (response: Response) => {
    pending.push(
      (async () => {
        const url = new URL(response.url());
        if (url.protocol === 'data:') return;
        const body = await response.body().catch(() => Buffer.alloc(0));
        const sizes = await response
          .request()
          .sizes()
          .catch(() => ({ responseBodySize: body.length, responseHeadersSize: 0 }));
        const path = url.pathname;
        loaded.push({
          path,
          kind: kindOf(path, response.headers()['content-type'] ?? ''),
          transferred: sizes.responseBodySize,
          gzip: gzipSync(body, { level: 9 }).length,
        });
      })(),
    );
  });
  return { loaded, settle: async () => void (await Promise.all(pending)) };
}

function count(loaded: Loaded[], inlineScripts: string[]): ByteCounts {
  const zero = (): Bytes => ({ transferred: 0, gzip: 0 });
  const counts = {
    requests: loaded.length,
    total: zero(),
    pagefindFiles: [] as string[],
    ...Object.fromEntries(kinds.map((k) => [k, zero()])),
  } as ByteCounts;
  const add = (kind: Kind, transferred: number, gzip: number) => {
    counts[kind].transferred += transferred;
    counts[kind].gzip += gzip;
    counts.total.transferred += transferred;
    counts.total.gzip += gzip;
  };
  for (const l of loaded) {
    add(l.kind, l.transferred, l.gzip);
    if (l.path.startsWith('/pagefind/')) counts.pagefindFiles.push(l.path);
  }
  // Inline scripts travel inside the HTML (already in its bytes); count them as JavaScript as well.
  for (const script of inlineScripts) {
    const gzip = gzipSync(script, { level: 9 }).length;
    counts.js.transferred += Buffer.byteLength(script);
    counts.js.gzip += gzip;
  }
  return counts;
}

const inlineScripts = (page: Page) =>
  page
    .evaluate(() =>
      Array.from(document.querySelectorAll('script:not([src])'), (s) => ({
        type: s.getAttribute('type') ?? '',
        text: s.textContent ?? '',
      })),
    )
    .then((scripts) => scripts.filter((s) => s.type === '' || s.type === 'module' || s.type === 'text/javascript').map((s) => s.text));

/** Types `query` into the open dialog; resolves with ms from its last keystroke to its results (`expected` first) in the DOM. */
async function timeQuery(page: Page, query: string, expected: string | null): Promise<{ ms: number; first: string }> {
  const input = page.locator('pagefind-modal pagefind-input input');
  await input.fill('');
  await page.waitForFunction(() => document.querySelectorAll('pagefind-modal .sr-result').length === 0);
  const measuring = page.evaluate(
    ({ query, expected }) =>
      new Promise<{ ms: number; first: string }>((resolve, reject) => {
        const w = window as unknown as { lastKey: number };
        w.lastKey = 0;
        const onKey = () => (w.lastKey = performance.now());
        document.addEventListener('keydown', onKey, true);
        const modal = document.querySelector('pagefind-modal')!;
        const results = modal.querySelector('pagefind-results')!;
        const summary = modal.querySelector('pagefind-summary')!;
        // Checked on every change to the dialog (and on a short timer, as a safety net): the time is
        // that of the DOM update that puts the query's results in place.
        const check = () => {
          // The results of the whole query (the summary names it), not of a prefix typed on the way.
          // Results fill in as their data arrives, in any order: wait for the first one, not any one.
          const first = results.querySelector('.pf-results > :first-child.sr-result .sr-title')?.textContent ?? null;
          const done =
            w.lastKey > 0 && summary.textContent?.endsWith(`for ${query}`) && first !== null && (expected === null || first === expected);
          if (!done) return;
          const ms = performance.now() - w.lastKey;
          observer.disconnect();
          clearInterval(poll);
          clearTimeout(timer);
          document.removeEventListener('keydown', onKey, true);
          resolve({ ms, first });
        };
        const observer = new MutationObserver(check);
        observer.observe(modal, { childList: true, subtree: true, characterData: true });
        const poll = setInterval(check, 8);
        const timer = setTimeout(() => {
          observer.disconnect();
          clearInterval(poll);
          reject(
            new Error(
              `no results for "${query}" within 10 s (summary: ${summary.textContent}; first: ${results.querySelector('.sr-result .sr-title')?.textContent}; expected: ${expected}; key: ${w.lastKey})`,
            ),
          );
        }, 10_000);
      }),
    { query, expected },
  );
  await input.focus();
  await page.keyboard.type(query);
  return measuring;
}

/**
 * On a new page at `url`: its load time, then `/` and `query` typed at once (as a reader does), timed to the first
 * result of the whole query in the dialog.
 */
async function firstSearchOnce(
  page: Page,
  url: string,
  query: string,
  intent = false,
): Promise<{ load: number; open: number; lastKey: number }> {
  await page.goto(url, { waitUntil: 'load' });
  const load = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return nav.loadEventEnd - nav.startTime;
  });
  if (intent) {
    await page.locator('[data-search-control]').hover();
    await page.waitForTimeout(intentMs);
  }
  const measuring = page.evaluate(
    (query) =>
      new Promise<{ open: number; lastKey: number }>((resolve, reject) => {
        let first = 0;
        let last = 0;
        const onKey = () => {
          last = performance.now();
          first ||= last;
        };
        document.addEventListener('keydown', onKey, true);
        const check = () => {
          const modal = document.querySelector('pagefind-modal');
          const title = modal?.querySelector('.pf-results > :first-child.sr-result .sr-title');
          if (!title || !modal?.querySelector('pagefind-summary')?.textContent?.endsWith(`for ${query}`)) return;
          const now = performance.now();
          observer.disconnect();
          clearInterval(poll);
          clearTimeout(timer);
          resolve({ open: now - first, lastKey: now - last });
        };
        const observer = new MutationObserver(check);
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
        const poll = setInterval(check, 8);
        const timer = setTimeout(() => reject(new Error(`no first result for "${query}" within 15 s`)), 15_000);
      }),
    query,
  );
  await page.keyboard.press('/');
  await page.keyboard.type(query);
  return { load: Math.round(load), ...(await measuring) };
}

/** How long the pointer rests on the search control before `/` in the intent case: a short hover, less than a reader's. */
const intentMs = 200;

const median = (values: number[]) =>
  percentile(
    [...values].sort((a, b) => a - b),
    50,
  );

/** The first search, `runs` times: cold in a new profile each time, warm in one profile after a first visit. */
async function measureFirstSearch(browser: Browser, url: string, query: string, runs: number): Promise<SearchMeasurement['firstSearch']> {
  const summarize = (samples: { load: number; open: number; lastKey: number }[]): FirstSearch => ({
    runs: samples.length,
    query,
    pageLoadMs: round(median(samples.map((s) => s.load))),
    openToFirstResultMs: round(median(samples.map((s) => s.open))),
    lastKeyToFirstResultMs: round(median(samples.map((s) => s.lastKey))),
  });
  const cold = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext(viewports.desktop);
    cold.push(await firstSearchOnce(await context.newPage(), url, query));
    await context.close();
  }
  const context = await browser.newContext(viewports.desktop);
  await firstSearchOnce(await context.newPage(), url, query);
  type Sample = Awaited<ReturnType<typeof firstSearchOnce>>;
  const warm: Sample[] = [];
  const warmAfterIntent: Sample[] = [];
  for (let i = 0; i < runs; i++) {
    for (const [samples, intent] of [
      [warm, false],
      [warmAfterIntent, true],
    ] as const) {
      const page = await context.newPage();
      samples.push(await firstSearchOnce(page, url, query, intent));
      await page.close();
    }
  }
  await context.close();
  return { cold: summarize(cold), warm: summarize(warm), warmAfterIntent: summarize(warmAfterIntent) };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
const round = (n: number) => Math.round(n * 10) / 10;

/**
 * Measures search on a built site served at `origin`: bytes before and after search is opened on a
 * content page, and keystroke-to-results latency on a warm cache (median of `runs`).
 */
export async function measureSearch(
  origin: string,
  {
    page: path = '/services/amazon-simple-storage-service-s3/',
    queries = ['kms', 'data warehouse', 'dns', 'lambda', 'encryption keys'],
    runs = 30,
  } = {},
): Promise<SearchMeasurement> {
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext(viewports.desktop);
    const page = await context.newPage();
    const { loaded, settle } = recordResponses(page);
    await page.goto(origin + path, { waitUntil: 'networkidle' });
    await settle();
    const inline = await inlineScripts(page);
    const beforeSearch = count([...loaded], inline);

    await page.keyboard.press('/');
    await page.locator('pagefind-modal dialog[open] pagefind-input input').waitFor();
    await page.waitForLoadState('networkidle');
    await settle();
    const afterOpen = count([...loaded], inline);

    // The first query, cold: index chunks and fragments are fetched now.
    const cold = await timeQuery(page, queries[0]!, null);
    await page.waitForLoadState('networkidle');
    await settle();
    const afterFirstQuery = count([...loaded], inline);

    // Warm every query once and note its top result, then time them in rotation.
    const expected = new Map<string, string>();
    for (const q of queries) expected.set(q, (await timeQuery(page, q, null)).first);
    const samplesMs: number[] = [];
    for (let i = 0; i < runs; i++) {
      const q = queries[i % queries.length]!;
      samplesMs.push(round((await timeQuery(page, q, expected.get(q)!)).ms));
    }
    const sorted = [...samplesMs].sort((a, b) => a - b);
    await context.close();
    const firstSearch = await measureFirstSearch(browser, origin + path, 'data warehouse', 7);
    return {
      page: path,
      bytes: { beforeSearch, afterOpen, afterFirstQuery },
      latency: {
        medianMs: round(percentile(sorted, 50)),
        p90Ms: round(percentile(sorted, 90)),
        maxMs: round(sorted.at(-1)!),
        runs,
        queries,
        samplesMs,
        coldFirstQueryMs: round(cold.ms),
      },
      firstSearch,
    };
  } finally {
    await browser.close();
  }
}
