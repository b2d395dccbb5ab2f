/**
 * `npm run bench`: build time and memory, page weight against its budgets, search, build scaling, Lighthouse and a
 * loopback load run of the three servers,
 * printed as tables and written to tests/.output/bench.json. Exits non-zero when a page-weight budget fails.
 * `--quick` (or BENCH_QUICK=1) skips scaling, Lighthouse and the report-periods runs; `--periods` runs only those.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, totalmem } from 'node:os';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser, startPreview } from '../helpers/browser.ts';
import { checkBudgets, printBudgets } from './budgets.ts';
import { benchBuild, printBuild } from './build-time.ts';
import { serveBarePage } from './bare-page.ts';
import { benchLcp, benchLighthouse, printLcp, printLighthouse } from './lighthouse.ts';
import { benchLoad, printLoad } from './load.ts';
import { benchWire, printWire } from './wire.ts';
import { benchOptions } from './options.ts';
import { measurePageWeight, printPageWeight } from './page-weight.ts';
import { benchPeriods, printPeriods } from './periods-scaling.ts';
import { benchScaling, printScaling } from './scaling.ts';
import { printSearchLatency, searchLatency } from './search-latency-slot.ts';

const outputFile = fileURLToPath(new URL('../.output/bench.json', import.meta.url));
// The bench builds as `npm start` does: for local preview, unless told a public URL.
process.env['SITE_URL'] ||= 'http://localhost:4321/';
const options = benchOptions(process.argv.slice(2), process.env);
const machine = {
  node: process.version,
  cpus: availableParallelism(),
  cpuModel: cpus()[0]?.model,
  memoryGB: Math.round(totalmem() / 2 ** 30),
};

console.log(`bench ${new Date().toISOString()}: Node ${machine.node}, ${machine.cpus} CPUs, ${machine.memoryGB} GB`);
console.log(`options: ${JSON.stringify(options)}${options.quick ? ' (quick: no scaling, no Lighthouse)' : ''}`);

if (options.periodsOnly) {
  console.log('\n5. Report periods: building …');
  const periods = await benchPeriods(options.periods);
  printPeriods(periods);
  const file = outputFile.replace(/bench\.json$/, 'bench-periods.json');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify({ date: new Date().toISOString(), machine, options, periods }, null, 2)}\n`);
  console.log(`\nwritten: ${file}`);
  process.exit(0);
}

console.log(`\nbuilding: 1 cold + ${options.buildRuns} warm …`);
const build = benchBuild(options.buildRuns);
printBuild(build);

const server = await startPreview();
try {
  const browser = await launchBrowser();
  const pageWeight = await measurePageWeight(browser, server.origin).finally(() => browser.close());
  printPageWeight(pageWeight);
  const budgets = checkBudgets(pageWeight);
  printBudgets(budgets);

  const search = await searchLatency(server.origin);
  printSearchLatency(search);

  const scaling = options.quick ? null : options.growth.map((growth) => benchScaling(options.scales, growth));
  if (scaling) for (const runs of scaling) printScaling(runs);
  else console.log('\n3. Scaling: skipped (quick)');

  const lighthouse = options.quick ? null : await benchLighthouse(server.origin, options.lighthouseRuns);
  if (lighthouse) printLighthouse(lighthouse);
  else console.log('\n4. Lighthouse: skipped (quick)');

  if (!options.quick) console.log('\n5. Report periods: building …');
  const periods = options.quick ? null : await benchPeriods(options.periods);
  if (periods) printPeriods(periods);
  else console.log('\n5. Report periods: skipped (quick)');

  const wire = await benchWire();
  printWire(wire);
  const bare = options.quick ? null : await serveBarePage();
  const lcp = bare
    ? await benchLcp(
        [
          { name: 'bare page (one category’s text, CSS inline, no JS)', url: bare.url },
          { name: 'service page', url: `${server.origin}/services/amazon-simple-storage-service-s3/` },
        ],
        Math.max(7, options.lighthouseRuns),
      ).finally(() => bare.stop())
    : null;
  if (lcp) printLcp(lcp);
  else console.log('\n7. LCP: skipped (quick)');

  const loadSeconds = options.quick ? 2 : 5;
  const load = await benchLoad(loadSeconds);
  printLoad(load, loadSeconds);

  mkdirSync(dirname(outputFile), { recursive: true });
  writeFileSync(
    outputFile,
    `${JSON.stringify({ date: new Date().toISOString(), machine, options, build, pageWeight, budgets, search, scaling, lighthouse, periods, wire, lcp, load }, null, 2)}\n`,
  );
  console.log(`\nwritten: ${outputFile}`);

  const failed = budgets.filter((v) => !v.pass);
  console.log(
    failed.length === 0
      ? 'budgets: all PASS'
      : `budgets: ${failed.length} FAIL (${failed.map((v) => `${v.page}: ${v.budget}`).join('; ')})`,
  );
  process.exitCode = failed.length === 0 ? 0 : 1;
} finally {
  await server.stop();
}
