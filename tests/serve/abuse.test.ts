/**
 * The abuse suite: one table of hostile requests (abuse-requests.ts) sent byte for byte to nginx and Caddy with the
 * generated configurations and to the Node server of `npm start`, each serving this project's build on a loopback
 * port. Every answer is checked the same way: the expected status (the same on the three, except where the
 * table says why not), no 5xx, no Location that leaves the site, no configuration file's text, and every header of
 * the serving policy (security headers, the header CSP, Cache-Control), 304s and errors included. Then Chromium
 * follows each would-be open redirect and must stay on the site. The figures are printed per server.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isLocalPath } from '../../src/lib/serving/request-target.ts';
import { securityHeaders, type ServingPolicy } from '../../src/lib/serving/policy.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { distDir, projectRoot } from '../helpers/paths.ts';
import { rawRequest, type RawAnswer } from '../helpers/raw-http.ts';
import { startCaddy, startNginx, startNodeServer, type RunningServer } from '../helpers/servers.ts';
import { abuseCases, redirectTargets, type AbuseCase, type ServerName } from './abuse-requests.ts';

const deploy = join(projectRoot, 'deploy');
const policy = JSON.parse(readFileSync(join(deploy, 'policy.json'), 'utf8')) as ServingPolicy;
const policyHeaders = { ...securityHeaders, 'Content-Security-Policy': policy.csp };
/** Text of the files that must never be served: the configurations, a host file, the system's users. */
const leaked = /add_header|soc3_cache_control|handle_errors|"redirects"|^\s+Strict-Transport-Security:|root:x:0:0/m;

interface Figures {
  requests: number;
  openRedirects: number;
  crashes: number;
  serverErrors: number;
  withoutHeaders: number;
  /** Answers from below the configuration, listed in the table with the reason (not counted above). */
  bareByPlatform: number;
  otherAnswers: number;
}
const figures = new Map<ServerName, Figures>();

/** Every problem with one answer; the figures counted on the way. */
function check(server: ServerName, c: AbuseCase, res: RawAnswer, count: Figures): string[] {
  const problems: string[] = [];
  const at = `${c.method ?? 'GET'} ${c.target.slice(0, 80)}${c.headers ? ` ${JSON.stringify(c.headers).slice(0, 60)}` : ''}`;
  const expected = c.except?.[server]?.status ?? c.status;
  if (res.status === 0) problems.push(`${at}: no answer`);
  if (res.status >= 500) {
    count.serverErrors++;
    problems.push(`${at}: ${res.status}`);
  }
  if (res.status !== expected) {
    count.otherAnswers++;
    problems.push(`${at}: ${res.status}, expected ${expected}`);
  }
  const location = res.headers['location'];
  if (location !== undefined && !isLocalPath(location)) {
    count.openRedirects++;
    problems.push(`${at}: Location ${location} leaves the site`);
  }
  if (c.location !== undefined && expected === c.status && location !== c.location)
    problems.push(`${at}: Location ${location}, expected ${c.location}`);
  const missing = [
    ...Object.entries(policyHeaders)
      .filter(([name, value]) => !res.headers[name.toLowerCase()]?.startsWith(value))
      .map(([n]) => n),
  ];
  if (!res.headers['cache-control']) missing.push('Cache-Control');
  if (missing.length > 0) {
    if (c.bare?.[server]) count.bareByPlatform++;
    else {
      count.withoutHeaders++;
      problems.push(`${at}: ${res.status} without ${missing.join(', ')}`);
    }
  }
  if (c.encoding !== undefined && (res.headers['content-encoding'] ?? '') !== c.encoding)
    problems.push(`${at}: Content-Encoding ${res.headers['content-encoding']}, expected ${c.encoding || 'none'}`);
  if (c.contentRange !== undefined && res.headers['content-range'] !== c.contentRange)
    problems.push(`${at}: Content-Range ${res.headers['content-range']}, expected ${c.contentRange}`);
  if (expected === 405 && res.headers['allow'] !== 'GET, HEAD') problems.push(`${at}: 405 with Allow ${res.headers['allow']}`);
  if ((c.method === 'HEAD' || res.status === 304) && res.body.length > 0) problems.push(`${at}: ${res.status} with a body`);
  if (leaked.test(res.body.toString('latin1'))) problems.push(`${at}: the body is a configuration file`);
  return problems;
}

describe.each([
  ['nginx', () => startNginx(deploy)],
  ['Caddy', () => startCaddy(deploy, distDir)],
  ['npm start', () => startNodeServer(projectRoot)],
] as const)('%s under abuse', (name, start) => {
  let server: RunningServer;
  let browser: Browser;
  const count: Figures = {
    requests: 0,
    openRedirects: 0,
    crashes: 0,
    serverErrors: 0,
    withoutHeaders: 0,
    bareByPlatform: 0,
    otherAnswers: 0,
  };
  figures.set(name, count);
  beforeAll(async () => {
    server = await start();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('answers every request of the table as expected, with every header, and keeps running', async () => {
    const problems: string[] = [];
    for (const c of abuseCases) {
      const res = await rawRequest(server.origin, c);
      count.requests++;
      problems.push(...check(name, c, res, count));
      if (!server.running()) {
        count.crashes++;
        problems.push(`${c.method ?? 'GET'} ${c.target.slice(0, 80)}: the server died`);
        break;
      }
    }
    const home = await rawRequest(server.origin, { target: '/' });
    if (!server.running() || home.status !== 200) count.crashes += count.crashes === 0 ? 1 : 0;
    expect(problems).toEqual([]);
    expect(count).toMatchObject({ openRedirects: 0, crashes: 0, serverErrors: 0, withoutHeaders: 0 });
  });

  it('answers a revalidation with 304 and every header, per encoding', async () => {
    for (const encoding of ['identity', 'gzip', 'br']) {
      const first = await rawRequest(server.origin, { target: '/services/', headers: { 'Accept-Encoding': encoding } });
      const etag = first.headers['etag'];
      expect(etag, `${name} ${encoding}: an ETag`).toBeTruthy();
      const again = await rawRequest(server.origin, {
        target: '/services/',
        headers: { 'Accept-Encoding': encoding, 'If-None-Match': etag! },
      });
      expect(again.status, `${name} ${encoding}`).toBe(304);
      expect(again.body.length).toBe(0);
      for (const [header, value] of Object.entries(policyHeaders))
        expect(again.headers[header.toLowerCase()], `${encoding} ${header}`).toBe(value);
      expect(again.headers['cache-control']).toBe('no-cache');
      const modified = await rawRequest(server.origin, {
        target: '/services/',
        headers: { 'Accept-Encoding': encoding, 'If-Modified-Since': first.headers['last-modified']! },
      });
      expect(modified.status, `${name} ${encoding} If-Modified-Since`).toBe(304);
    }
  });

  it('keeps Chromium on the site when it follows the redirects', async () => {
    browser = await launchBrowser();
    const page = await browser.newPage();
    // Every document the browser asks for, redirects included; none may be on another host.
    const asked: string[] = [];
    page.on('request', (request) => request.isNavigationRequest() && asked.push(request.url()));
    // Nothing leaves the machine: a request to any other origin is refused.
    await page.route('**/*', (route) => (route.request().url().startsWith(`${server.origin}/`) ? route.continue() : route.abort()));
    const offSite: string[] = [];
    for (const target of redirectTargets) {
      asked.length = 0;
      await page.goto(server.origin + target).catch(() => undefined); // a refused off-site request rejects goto
      const away = asked.filter((url) => !url.startsWith(`${server.origin}/`));
      if (away.length > 0) count.openRedirects++;
      if (away.length > 0 || new URL(page.url()).origin !== server.origin) offSite.push(`${target} → ${[...away, page.url()].join(' → ')}`);
    }
    expect(server.running(), `${name} died`).toBe(true);
    expect(offSite).toEqual([]);
  });
});

afterAll(() => {
  console.log(
    `Abuse suite (${abuseCases.length} requests a server, and the redirects in Chromium):\n${[...figures]
      .map(
        ([name, f]) =>
          `  ${name.padEnd(10)} open redirects ${f.openRedirects}, crashes ${f.crashes}, 5xx ${f.serverErrors}, without the headers ${f.withoutHeaders} (answered below the configuration: ${f.bareByPlatform}), other answers than expected ${f.otherAnswers}`,
      )
      .join('\n')}`,
  );
});
