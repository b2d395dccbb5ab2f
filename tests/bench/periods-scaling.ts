/**
 * Build and search cost against the number of report periods, each of present-day size (the real report's
 * services described 4 times over: 204 services, where a report of today has about 183): one period, then with
 * earlier copies of it (BENCH_PERIODS, default 1,10,20), each built cold in a throw-away copy of the project that
 * shares no cache, then again warm (nothing changed: the caches of the cold build reused), and at the largest
 * size once more after adding one NEWER period, as a publisher does twice a year (the new latest: its pages, the
 * root pages and the pinned pages of the period it supersedes change; every older period's pages stay byte-identical,
 * so their precompressed files and preview images come from the caches). The copies are generated here, for the
 * bench only (the real text under other dates), and never published.
 *
 * Build cost should grow linearly with the periods (CPU per page about the same, the sitemap included); a warm
 * build and the build after adding a period should cost a fraction of a cold one (aim: a quarter). The single search index must
 * not make each period's first query slower: it is timed in a fresh browser for the latest and the oldest
 * period, with the bytes Pagefind fetched for it.
 */
import { cpSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser, startPreview } from '../helpers/browser.ts';
import { copyProject } from '../helpers/project-copy.ts';
import { resetReportYaml } from '../../src/lib/new-period.ts';
import { median } from './stats.ts';
import { scaleReport } from './synthetic-report.ts';
import { kb, printTable, secs } from './table.ts';
import { timedBuild, type TimedBuild } from './timed-build.ts';

/** How many times the real report's services each period describes: about the size of a report of today. */
const presentDay = 4;

const realPeriod = '2017-04-01--2017-09-30';

export interface PeriodsRun {
  periods: number;
  services: number;
  pages: number;
  cold: TimedBuild;
  warm: TimedBuild;
  /** At the largest size: the build after adding one newer period (cold for its pages, warm for the others). */
  addOne: (TimedBuild & { pages: number }) | undefined;
  /** First query (cold browser cache) of one period's search, median of a few fresh browsers. */
  firstQuery: { latestMs: number; oldestMs: number; latestBytes: number; oldestBytes: number };
}

/**
 * The folder name of the period `k` half-years before the real one (after it, for a negative `k`):
 * 2017-04-01--2017-09-30 → 2016-10-01--2017-03-31 …; −1 → 2017-10-01--2018-03-31.
 */
function periodFolderAt(k: number): { folder: string; start: string; end: string } {
  const startMonth = 3 - 6 * k; // April is month 3 (0-based)
  const start = new Date(Date.UTC(2017, startMonth, 1));
  const end = new Date(Date.UTC(2017, startMonth + 6, 0));
  const iso = (d: Date) => d.toISOString().slice(0, 10);
  return { folder: `${iso(start)}--${iso(end)}`, start: iso(start), end: iso(end) };
}

/** Copies the real period as the periods `from` … `to − 1` half-years before it (negative: after it). */
function addPeriods(root: string, from: number, to: number): void {
  const content = join(root, 'content');
  for (let k = from; k < to; k++) {
    const { folder, start, end } = periodFolderAt(k);
    cpSync(join(content, realPeriod), join(content, folder), { recursive: true });
    const yaml = join(content, folder, 'report.yaml');
    // As `npm run new-period` makes it: the dates set, the real report's own facts (its assertion's date) left
    // behind, which the build would refuse in a period years before it; published when the real period was, or,
    // for a newer one, half a year later a period.
    const text = readFileSync(yaml, 'utf8');
    const published = new Date(`${/^ {2}published: (\S+)/m.exec(text)![1]}T00:00:00Z`);
    published.setUTCMonth(published.getUTCMonth() + 6 * Math.max(0, -k));
    writeFileSync(yaml, resetReportYaml(text, start, end, published.toISOString().slice(0, 10)));
  }
}

const htmlPages = (dist: string) =>
  readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind')).length;

/** Time and bytes of a period's first query in a fresh browser (nothing cached), through Pagefind's own API. */
async function firstQuery(origin: string, period: string): Promise<{ ms: number; bytes: number }> {
  const browser = await launchBrowser();
  try {
    const page = await (await browser.newContext()).newPage();
    let bytes = 0;
    page.on('response', async (r) => {
      if (new URL(r.url()).pathname.startsWith('/pagefind/')) bytes += (await r.body().catch(() => Buffer.alloc(0))).length;
    });
    await page.goto(`${origin}/`);
    const ms = await page.evaluate(
      async ({ id, bundle }) => {
        const started = performance.now();
        const pagefind = await import(bundle);
        const search = await pagefind.search('encryption keys', { filters: { period: id } });
        await Promise.all(search.results.slice(0, 5).map((r: { data: () => Promise<unknown> }) => r.data()));
        return performance.now() - started;
      },
      { id: period, bundle: '/pagefind/pagefind.js' },
    );
    await page.waitForLoadState('networkidle');
    return { ms, bytes };
  } finally {
    await browser.close();
  }
}

async function runAt(count: number, addOne: boolean): Promise<PeriodsRun> {
  const copy = copyProject(undefined, { shareCaches: false });
  try {
    const { services } = scaleReport(copy, realPeriod, presentDay, 'services');
    addPeriods(copy.root, 1, count);
    const cold = timedBuild(copy.root);
    const pages = htmlPages(join(copy.root, 'dist'));
    console.log(`    cold: ${JSON.stringify({ pages, ...cold })}`);
    const warm = timedBuild(copy.root);
    console.log(`    warm: ${JSON.stringify(warm)}`);
    const server = await startPreview(copy.root);
    let search: PeriodsRun['firstQuery'];
    try {
      const oldest = count === 1 ? realPeriod : periodFolderAt(count - 1).folder;
      const samples = { latest: [] as { ms: number; bytes: number }[], oldest: [] as { ms: number; bytes: number }[] };
      // One run first, not counted: the first browser start after a build is slower than any after it.
      await firstQuery(server.origin, realPeriod);
      for (let i = 0; i < 3; i++) {
        samples.latest.push(await firstQuery(server.origin, realPeriod));
        samples.oldest.push(await firstQuery(server.origin, oldest));
      }
      const med = (list: { ms: number; bytes: number }[], key: 'ms' | 'bytes') => median(list.map((s) => s[key]));
      search = {
        latestMs: med(samples.latest, 'ms'),
        oldestMs: med(samples.oldest, 'ms'),
        latestBytes: med(samples.latest, 'bytes'),
        oldestBytes: med(samples.oldest, 'bytes'),
      };
    } finally {
      await server.stop();
    }
    let added: PeriodsRun['addOne'];
    if (addOne) {
      // The next report, half a year after the real (latest) one: the publisher's case.
      addPeriods(copy.root, -1, 0);
      added = { ...timedBuild(copy.root), pages: htmlPages(join(copy.root, 'dist')) };
    }
    return { periods: count, services, pages, cold, warm, addOne: added, firstQuery: search };
  } finally {
    copy.dispose();
  }
}

export async function benchPeriods(counts: readonly number[]): Promise<PeriodsRun[]> {
  const runs: PeriodsRun[] = [];
  const largest = Math.max(...counts);
  for (const count of counts) {
    console.log(
      `  ${count} period(s) of ${presentDay}× the real report's services: cold, warm${count === largest ? ', one period added' : ''} …`,
    );
    const run = await runAt(count, count === largest);
    runs.push(run);
    // Each size as it ends: a 20-period run takes a while.
    console.log(`  ${JSON.stringify(run)}`);
  }
  return runs;
}

const cpuPerPage = (b: TimedBuild, pages: number) => `${((b.cpuSeconds / pages) * 1000).toFixed(0)} ms`;
const maybe = (n: number | undefined) => (n === undefined ? '?' : secs(n));

export function printPeriods(runs: readonly PeriodsRun[]): void {
  const base = runs[0];
  printTable(
    `5. Report periods of present-day size (${runs[0]?.services ?? '?'} services each): built cold (no cache), then warm (nothing changed); CPU is user + system`,
    ['periods', 'pages', 'cold wall', 'cold CPU', 'CPU/page', '× CPU/page', 'warm wall', 'warm CPU', 'warm/cold CPU', 'peak MB'],
    runs.map((r) => [
      r.periods,
      r.pages,
      secs(r.cold.seconds),
      secs(r.cold.cpuSeconds),
      cpuPerPage(r.cold, r.pages),
      base ? (r.cold.cpuSeconds / r.pages / (base.cold.cpuSeconds / base.pages)).toFixed(2) : '–',
      secs(r.warm.seconds),
      secs(r.warm.cpuSeconds),
      `${((r.warm.cpuSeconds / r.cold.cpuSeconds) * 100).toFixed(0)} %`,
      Math.round(Math.max(r.cold.peakMB, r.warm.peakMB)),
    ]),
  );
  printTable(
    'Where the time goes (cold / warm): pages, preview images, search index, precompression (files reused), the sitemap',
    ['periods', 'pages phase', 'images', 'search index', 'precompress', 'reused', 'sitemap'],
    runs.map((r) => [
      r.periods,
      `${maybe(r.cold.phases.pagesSeconds)} / ${maybe(r.warm.phases.pagesSeconds)}`,
      `${maybe(r.cold.phases.imagesSeconds)} / ${maybe(r.warm.phases.imagesSeconds)}`,
      `${maybe(r.cold.phases.searchIndexSeconds)} / ${maybe(r.warm.phases.searchIndexSeconds)}`,
      `${maybe(r.cold.phases.precompressSeconds)} / ${maybe(r.warm.phases.precompressSeconds)}`,
      `${r.cold.phases.precompressReused ?? '?'} / ${r.warm.phases.precompressReused ?? '?'}`,
      `${maybe(r.cold.phases.sitemapSeconds)} / ${maybe(r.warm.phases.sitemapSeconds)}`,
    ]),
  );
  const percent = (part: number, whole: number) => `${((part / whole) * 100).toFixed(0)} %`;
  printTable(
    "One NEWER period added (the publisher's case: a new latest; older periods' pages unchanged), against the cold build (aim: 25 % of its CPU)",
    [
      'periods',
      'pages',
      'wall',
      '% of cold wall',
      'CPU',
      '% of cold CPU',
      'pages tightened from cache',
      'page pass CPU',
      'precompressed: reused / compressed',
      'precompress CPU',
      'images: rendered / reused',
      'images CPU',
    ],
    runs
      .filter((r) => r.addOne)
      .map((r) => {
        const a = r.addOne!;
        const files = a.phases.precompressFiles;
        const reused = a.phases.precompressReused;
        return [
          `${r.periods} + 1`,
          a.pages,
          secs(a.seconds),
          percent(a.seconds, r.cold.seconds),
          secs(a.cpuSeconds),
          percent(a.cpuSeconds, r.cold.cpuSeconds),
          `${a.phases.pagePassReused ?? '?'} / ${a.pages}`,
          maybe(a.phases.pagePassCpuSeconds),
          `${reused ?? '?'} / ${files === undefined || reused === undefined ? '?' : files - reused}`,
          maybe(a.phases.precompressCpuSeconds),
          `${a.phases.imagesRendered ?? '?'} / ${a.phases.imagesReused ?? '?'}`,
          maybe(a.phases.imagesCpuSeconds),
        ];
      }),
  );
  printTable(
    'First query in a fresh browser, median of 3 ("encryption keys")',
    ['periods', 'latest 1st query', 'oldest 1st query', 'bytes (latest)', 'bytes (oldest)'],
    runs.map((r) => [
      r.periods,
      `${r.firstQuery.latestMs.toFixed(0)} ms`,
      `${r.firstQuery.oldestMs.toFixed(0)} ms`,
      kb(r.firstQuery.latestBytes),
      kb(r.firstQuery.oldestBytes),
    ]),
  );
}
