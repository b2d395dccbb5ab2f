/** The bench's settings, from its command line and environment (BENCH_RUNS, BENCH_SCALES, BENCH_GROWTH, BENCH_LH_RUNS, BENCH_PERIODS, BENCH_QUICK). */
import { growths, type Growth } from './synthetic-report.ts';

export interface BenchOptions {
  /** `--quick` or BENCH_QUICK=1: build and page weight only, no scaling and no Lighthouse. */
  quick: boolean;
  /** `--periods`: the report-periods runs only (the longest part), written to tests/.output/bench-periods.json. */
  periodsOnly: boolean;
  /** Warm builds timed after the one cold build (BENCH_RUNS, default 3). */
  buildRuns: number;
  /** Report sizes built for the scaling check, as multiples of the real report (BENCH_SCALES, default 10,50). */
  scales: number[];
  /** How the synthetic report grows (BENCH_GROWTH, default both): more services per category, more categories, or both runs. */
  growth: Growth[];
  /** Lighthouse runs per page and form factor; scores are their median (BENCH_LH_RUNS, default 1). */
  lighthouseRuns: number;
  /** Numbers of report periods built for the periods check (BENCH_PERIODS, default 1,10,20). */
  periods: number[];
}

function positiveInt(name: string, text: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a positive whole number, got "${text}"`);
  return n;
}

function growthOf(text: string): Growth[] {
  if (text === 'both') return [...growths];
  if ((growths as readonly string[]).includes(text)) return [text as Growth];
  throw new Error(`BENCH_GROWTH must be ${growths.join(', ')} or both, got "${text}"`);
}

export function benchOptions(argv: readonly string[], env: NodeJS.ProcessEnv): BenchOptions {
  const unknown = argv.filter((a) => a !== '--quick' && a !== '--periods');
  if (unknown.length > 0) throw new Error(`unknown argument(s): ${unknown.join(' ')} (the flags are --quick and --periods)`);
  return {
    quick: argv.includes('--quick') || env['BENCH_QUICK'] === '1',
    periodsOnly: argv.includes('--periods'),
    buildRuns: positiveInt('BENCH_RUNS', env['BENCH_RUNS'] ?? '3'),
    scales: (env['BENCH_SCALES'] ?? '10,50').split(',').map((s) => positiveInt('BENCH_SCALES', s.trim())),
    growth: growthOf(env['BENCH_GROWTH'] ?? 'both'),
    lighthouseRuns: positiveInt('BENCH_LH_RUNS', env['BENCH_LH_RUNS'] ?? '1'),
    periods: (env['BENCH_PERIODS'] ?? '1,10,20').split(',').map((s) => positiveInt('BENCH_PERIODS', s.trim())),
  };
}
