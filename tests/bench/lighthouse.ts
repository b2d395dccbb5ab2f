/** Lighthouse category scores (×100) for a few pages, mobile and desktop, each the median of BENCH_LH_RUNS runs. */
import { chromiumPath } from '../helpers/browser.ts';
import { importBenchTool } from './bench-tools.ts';
import { median } from './stats.ts';
import { printTable } from './table.ts';

const pages = [
  { type: 'home', path: '/' },
  { type: 'service', path: '/services/amazon-simple-storage-service-s3/' },
  { type: 'locations', path: '/locations/' },
  { type: 'search', path: '/search/' },
] as const;
const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const formFactors = ['mobile', 'desktop'] as const;
const chromeFlags = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

type Category = (typeof categories)[number];

/** The parts of Lighthouse and chrome-launcher the bench uses (they are installed on demand, without their types in the project). */
interface LighthouseResult {
  lhr: {
    runtimeError?: { code: string; message: string };
    runWarnings: string[];
    categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] } | undefined>;
    audits: Record<string, { score: number | null; title: string; numericValue?: number } | undefined>;
  };
}
interface LighthouseModule {
  default: (url: string, flags: object, config?: object) => Promise<LighthouseResult | undefined>;
  desktopConfig: object;
}
interface ChromeLauncher {
  launch(options: { chromePath: string; chromeFlags: string[] }): Promise<{ port: number; kill(): void }>;
}

export interface LighthouseScore {
  page: string;
  path: string;
  formFactor: (typeof formFactors)[number];
  runs: number;
  /** Median score ×100 per category; null where Lighthouse gave no score. */
  scores: Record<Category, number | null>;
  /** Why a score is below 100: in a run where a category scored less, its weighted audits that did not fully pass. */
  failedAudits: string[];
  /** Lighthouse's own warnings and runtime errors, kept so a low score can be read against them. */
  warnings: string[];
}

export type LighthouseBench = { ran: true; results: LighthouseScore[] } | { ran: false; reason: string };

export async function benchLighthouse(origin: string, runs: number): Promise<LighthouseBench> {
  let chrome: Awaited<ReturnType<ChromeLauncher['launch']>>;
  let lighthouse: LighthouseModule['default'];
  let desktopConfig: object;
  try {
    const chromeLauncher = await importBenchTool<ChromeLauncher>('chrome-launcher');
    ({ default: lighthouse, desktopConfig } = await importBenchTool<LighthouseModule>('lighthouse'));
    chrome = await chromeLauncher.launch({ chromePath: chromiumPath, chromeFlags });
  } catch (error) {
    return { ran: false, reason: `Lighthouse could not start: ${error instanceof Error ? error.message : String(error)}` };
  }
  try {
    const results: LighthouseScore[] = [];
    for (const { type, path } of pages) {
      for (const formFactor of formFactors) {
        const samples: Record<Category, number[]> = { performance: [], accessibility: [], 'best-practices': [], seo: [] };
        const warnings = new Set<string>();
        const failedAudits = new Set<string>();
        for (let i = 0; i < runs; i++) {
          const flags = { port: chrome.port, output: 'json' as const, logLevel: 'error' as const, onlyCategories: [...categories] };
          const result = await lighthouse(origin + path, flags, formFactor === 'desktop' ? desktopConfig : undefined);
          if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
          const { lhr } = result;
          if (lhr.runtimeError) warnings.add(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
          for (const w of lhr.runWarnings) warnings.add(w);
          for (const c of categories) {
            const category = lhr.categories[c];
            if (typeof category?.score === 'number') samples[c].push(category.score * 100);
            if (category?.score === 1) continue;
            for (const ref of category?.auditRefs ?? []) {
              const audit = lhr.audits[ref.id];
              if (ref.weight > 0 && typeof audit?.score === 'number' && audit.score < 1)
                failedAudits.add(`${c}: ${ref.id} (${audit.title})`);
            }
          }
        }
        const scores = Object.fromEntries(categories.map((c) => [c, samples[c].length > 0 ? median(samples[c]) : null])) as Record<
          Category,
          number | null
        >;
        results.push({ page: type, path, formFactor, runs, scores, failedAudits: [...failedAudits], warnings: [...warnings] });
      }
    }
    return { ran: true, results };
  } catch (error) {
    return { ran: false, reason: `Lighthouse failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}` };
  } finally {
    chrome.kill();
  }
}

export function printLighthouse(bench: LighthouseBench): void {
  if (!bench.ran) {
    console.log(`\n4. Lighthouse: not run. ${bench.reason}`);
    return;
  }
  const runs = bench.results[0]?.runs ?? 0;
  printTable(
    `4. Lighthouse 13 scores ×100 (${runs === 1 ? 'one run each' : `median of ${runs} runs`}; performance is noisy on this 2-core machine)`,
    ['page', 'form factor', ...categories],
    bench.results.map((r) => [r.page, r.formFactor, ...categories.map((c) => (r.scores[c] === null ? '–' : Math.round(r.scores[c]!)))]),
  );
  for (const r of bench.results) {
    for (const line of [...r.failedAudits, ...r.warnings]) console.log(`  ${r.page} (${r.formFactor}): ${line}`);
  }
}

export interface LcpComparison {
  /** Median mobile LCP in ms of each page, with every sample. */
  pages: { name: string; url: string; medianMs: number; samplesMs: number[] }[];
}

/** One run's simulated mobile LCP; a run that records none (Lighthouse's NO_LCP, now and then on a loaded machine) is run again, twice at most. */
async function lcpOf(lighthouse: LighthouseModule['default'], port: number, url: string): Promise<number> {
  for (let attempt = 1; ; attempt++) {
    const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
    const lcp = result?.lhr.audits['largest-contentful-paint']?.numericValue;
    if (typeof lcp === 'number') return lcp;
    if (attempt === 3) throw new Error(`no LCP for ${url} in ${attempt} runs: ${result?.lhr.runtimeError?.message ?? 'no result'}`);
  }
}

/**
 * Mobile Largest Contentful Paint of a few pages, side by side in one run (alternating, so the machine's load
 * falls on each alike): the median of `runs` Lighthouse runs each.
 */
export async function benchLcp(
  pages: readonly { name: string; url: string }[],
  runs: number,
): Promise<LcpComparison | { ran: false; reason: string }> {
  let chrome: Awaited<ReturnType<ChromeLauncher['launch']>>;
  let lighthouse: LighthouseModule['default'];
  try {
    const chromeLauncher = await importBenchTool<ChromeLauncher>('chrome-launcher');
    ({ default: lighthouse } = await importBenchTool<LighthouseModule>('lighthouse'));
    chrome = await chromeLauncher.launch({ chromePath: chromiumPath, chromeFlags });
  } catch (error) {
    return { ran: false, reason: `Lighthouse could not start: ${error instanceof Error ? error.message : String(error)}` };
  }
  try {
    const samples = pages.map(() => [] as number[]);
    for (let i = 0; i < runs; i++) {
      for (const [p, { url }] of pages.entries()) {
        samples[p]!.push(await lcpOf(lighthouse, chrome.port, url));
      }
    }
    return { pages: pages.map((p, i) => ({ ...p, medianMs: median(samples[i]!), samplesMs: samples[i]! })) };
  } catch (error) {
    return { ran: false, reason: `Lighthouse failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}` };
  } finally {
    chrome.kill();
  }
}

/** The issue's goal: a service page's LCP within 10 % of the bare page's, the physical limit on this machine. */
const lcpLimit = 1.1;

export function printLcp(bench: LcpComparison | { ran: false; reason: string }): void {
  if ('ran' in bench) return void console.log(`\n7. LCP: not run. ${bench.reason}`);
  const [bare, ...others] = bench.pages;
  if (!bare) return;
  printTable(
    `7. Mobile LCP, Lighthouse, median of ${bare.samplesMs.length} runs each, alternating, against the bare page (limit ×${lcpLimit})`,
    ['page', 'LCP', '× bare', 'samples'],
    bench.pages.map((p) => [
      p.name,
      `${p.medianMs.toFixed(0)} ms`,
      (p.medianMs / bare.medianMs).toFixed(2),
      p.samplesMs.map((s) => s.toFixed(0)).join(', '),
    ]),
  );
  for (const p of others) {
    const ratio = p.medianMs / bare.medianMs;
    console.log(`  ${p.name}: ${ratio <= lcpLimit ? 'within' : 'NOT within'} 10 % of the bare page (×${ratio.toFixed(2)})`);
  }
}
