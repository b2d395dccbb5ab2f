/**
 * The load run: autocannon against nginx and Caddy (the generated configurations) and the server of `npm start`,
 * each in its own process on a loopback port, serving this build: a service page (brotli, as browsers ask) and a
 * Pagefind fragment (what each search result fetches). Bounded: a fixed number of connections for a fixed time
 * per server and path. Requests per second and p99 latency, side by side; any error or non-2xx answer is shown.
 * The load generator shares the machine's cores with the server, so the figures compare servers, not hosts.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { distDir, projectRoot } from '../helpers/paths.ts';
import { startCaddy, startNginx, startNodeServer, type RunningServer } from '../helpers/servers.ts';
import { printTable } from './table.ts';

export interface LoadRun {
  server: string;
  path: string;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  errors: number;
  non2xx: number;
}

const connections = 10;

export async function benchLoad(seconds: number): Promise<LoadRun[]> {
  const fragment = readdirSync(join(distDir, 'pagefind', 'fragment')).find((f) => f.endsWith('.pf_fragment'));
  if (!fragment) throw new Error(`no Pagefind fragment in ${distDir}pagefind/fragment/: build the site first`);
  const targets = [
    { path: '/services/amazon-simple-storage-service-s3/', headers: { 'accept-encoding': 'br, gzip' } },
    { path: `/pagefind/fragment/${fragment}`, headers: {} },
  ];
  const deploy = join(projectRoot, 'deploy');
  const starts: [string, () => Promise<RunningServer>][] = [
    ['nginx', () => startNginx(deploy)],
    ['Caddy', () => startCaddy(deploy, distDir)],
    ['npm start', () => startNodeServer(projectRoot)],
  ];
  const runs: LoadRun[] = [];
  for (const [name, start] of starts) {
    const server = await start();
    try {
      for (const { path, headers } of targets) {
        const result = await autocannon({ url: server.origin + path, connections, duration: seconds, headers });
        runs.push({
          server: name,
          path,
          requestsPerSecond: result.requests.average,
          p50Ms: result.latency.p50,
          p99Ms: result.latency.p99,
          requests: result.requests.total,
          errors: result.errors + result.timeouts,
          non2xx: result.non2xx,
        });
      }
    } finally {
      await server.stop();
    }
  }
  return runs;
}

export function printLoad(runs: readonly LoadRun[], seconds: number): void {
  printTable(
    `8. Load (autocannon, ${connections} connections, ${seconds} s per server and path, loopback)`,
    ['server', 'path', 'req/s', 'p50', 'p99', 'requests', 'errors', 'non-2xx'],
    runs.map((r) => [
      r.server,
      r.path.replace(/^(\/pagefind\/fragment\/).*/, '$1…'),
      Math.round(r.requestsPerSecond),
      `${r.p50Ms} ms`,
      `${r.p99Ms} ms`,
      r.requests,
      r.errors,
      r.non2xx,
    ]),
  );
}
