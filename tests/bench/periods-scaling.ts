/**
 * Build and search cost against the number of report periods: the real period alone, then with 4 and 9 earlier
 * copies of it (BENCH_PERIODS, default 1,5,10), each built cold in a throw-away copy of the project. The copies
 * are generated here, for the bench only (the real text under earlier dates), and never published.
 *
 * Build cost should grow linearly with the periods (seconds per page about the same); the single search index
 * must not make each period's first query slower: it is timed in a fresh browser for the latest and the oldest
 * period, with the bytes Pagefind fetched for it.
 */
import { cpSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser, startPreview } from '../helpers/browser.ts';
import { copyProject } from '../helpers/project-copy.ts';
import { median } from './stats.ts';
import { kb, printTable, secs } from './table.ts';
import { timedBuild } from './timed-build.ts';

const realPeriod = '2017-04-01--2017-09-30';

export interface PeriodsRun {
  periods: number;
  pages: number;
  seconds: number;
  secondsPerPage: number;
  peakMB: number;
  /** First query (cold browser cache) of one period's search, median of a few fresh browsers. */
  firstQuery: { latestMs: number; oldestMs: number; latestBytes: number; oldestBytes: number };
}

/** The folder name of the period `k` half-years before the real one: 2017-04-01--2017-09-30 → 2016-10-01--2017-03-31 … */
function earlierFolder(k: number): { folder: string; start: string; end: string } {
  const startMonth = 3 - 6 * k; // April is month 3 (0-based)
  const start = new Date(Date.UTC(2017, startMonth, 1));
  const end = new Date(Date.UTC(2017, startMonth + 6, 0));
  const iso = (d: Date) => d.toISOString().slice(0, 10);
  return { folder: `${iso(start)}--${iso(end)}`, start: iso(start), end: iso(end) };
}

function addPeriods(root: string, count: number): void {
  const content = join(root, 'content');
  for (let k = 1; k < count; k++) {
    const { folder, start, end } = earlierFolder(k);
    cpSync(join(content, realPeriod), join(content, folder), { recursive: true });
    const yaml = join(content, folder, 'report.yaml');
    writeFileSync(
      yaml,
      readFileSync(yaml, 'utf8').replace('  start: 2017-04-01\n  end: 2017-09-30\n', `  start: ${start}\n  end: ${end}\n`),
    );
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

async function runAt(count: number): Promise<PeriodsRun> {
  const copy = copyProject();
  try {
    addPeriods(copy.root, count);
    const { seconds, peakMB } = timedBuild(copy.root);
    const pages = htmlPages(join(copy.root, 'dist'));
    const server = await startPreview(copy.root);
    try {
      const oldest = count === 1 ? realPeriod : earlierFolder(count - 1).folder;
      const samples = { latest: [] as { ms: number; bytes: number }[], oldest: [] as { ms: number; bytes: number }[] };
      // One run first, not counted: the first browser start after a build is slower than any after it.
      await firstQuery(server.origin, realPeriod);
      for (let i = 0; i < 3; i++) {
        samples.latest.push(await firstQuery(server.origin, realPeriod));
        samples.oldest.push(await firstQuery(server.origin, oldest));
      }
      const med = (list: { ms: number; bytes: number }[], key: 'ms' | 'bytes') => median(list.map((s) => s[key]));
      return {
        periods: count,
        pages,
        seconds,
        secondsPerPage: seconds / pages,
        peakMB,
        firstQuery: {
          latestMs: med(samples.latest, 'ms'),
          oldestMs: med(samples.oldest, 'ms'),
          latestBytes: med(samples.latest, 'bytes'),
          oldestBytes: med(samples.oldest, 'bytes'),
        },
      };
    } finally {
      await server.stop();
    }
  } finally {
    copy.dispose();
  }
}

export async function benchPeriods(counts: readonly number[]): Promise<PeriodsRun[]> {
  const runs: PeriodsRun[] = [];
  for (const count of counts) {
    console.log(`  ${count} period(s) …`);
    runs.push(await runAt(count));
  }
  return runs;
}

export function printPeriods(runs: readonly PeriodsRun[]): void {
  const base = runs[0];
  printTable(
    '5. Report periods: each size built cold; first query in a fresh browser, median of 3 ("encryption keys")',
    [
      'periods',
      'pages',
      'build',
      's/page',
      '× s/page',
      'peak MB',
      'latest 1st query',
      'oldest 1st query',
      'bytes (latest)',
      'bytes (oldest)',
    ],
    runs.map((r) => [
      r.periods,
      r.pages,
      secs(r.seconds),
      (r.secondsPerPage * 1000).toFixed(1) + ' ms',
      base ? (r.secondsPerPage / base.secondsPerPage).toFixed(2) : '–',
      Math.round(r.peakMB),
      `${r.firstQuery.latestMs.toFixed(0)} ms`,
      `${r.firstQuery.oldestMs.toFixed(0)} ms`,
      kb(r.firstQuery.latestBytes),
      kb(r.firstQuery.oldestBytes),
    ]),
  );
}
