/**
 * The generated server configurations (deploy/nginx.conf, deploy/Caddyfile) on the real servers, serving the
 * two-period site on loopback ports: every page of the sitemap and a sample of every other kind of file, with
 * every header of the serving policy, the encodings negotiated (the decoded body is the file), the 301s, the 404.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileOf, readDist } from '../helpers/dist.ts';
import { periodsDist, periodsRoot } from '../helpers/periods-site.ts';
import { startCaddy, startNginx, type RunningServer } from '../helpers/servers.ts';
import { cacheControlOf, contentTypeOf, immutable, revalidate, securityHeaders, type ServingPolicy } from '../../src/lib/serving/policy.ts';

const deploy = join(periodsRoot, 'deploy');
const policy = JSON.parse(readFileSync(join(deploy, 'policy.json'), 'utf8')) as ServingPolicy;
const sitemap = Array.from(readDist('/sitemap-0.xml', periodsDist).matchAll(/<loc>([^<]+)<\/loc>/g), (m) => new URL(m[1]!).pathname);
const files = (dir: string) => readdirSync(join(periodsDist, dir)).map((f) => `/${dir}/${f}`);
const one = (dir: string, suffix: string) => files(dir).find((f) => f.endsWith(suffix))!;
const others = [
  one('_astro', '.css'),
  one('pagefind', 'pagefind.js'),
  one('pagefind', 'pagefind-entry.json'),
  one('pagefind', '.pf_meta'),
  one('pagefind', 'wasm.en.pagefind'),
  one('pagefind/index', '.pf_index'),
  one('pagefind/fragment', '.pf_fragment'),
  one('pagefind/filter', '.pf_filter'),
  '/services.json',
  '/services.csv',
  '/locations.geojson',
  '/changes.json',
  '/feed.xml',
  '/feed.json',
  '/robots.txt',
  '/sitemap-index.xml',
  '/og/index.png',
  '/favicon.svg',
  '/favicon.ico',
  '/apple-touch-icon.png',
];

interface Raw {
  status: number;
  headers: { get(name: string): string | null };
  body: Buffer;
}

/** A request as sent, the response as received: no redirect followed, no body decoded (fetch would do both). */
function get(server: RunningServer, path: string, encoding = 'identity'): Promise<Raw> {
  const { hostname, port } = new URL(server.origin);
  return new Promise((resolve, reject) => {
    request({ hostname, port, path, headers: { 'accept-encoding': encoding } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const value = (name: string) => {
          const v = res.headers[name.toLowerCase()];
          return v === undefined ? null : Array.isArray(v) ? v.join(', ') : v;
        };
        resolve({ status: res.statusCode ?? 0, headers: { get: value }, body: Buffer.concat(chunks) });
      });
    })
      .on('error', reject)
      .end();
  });
}

/** Every header of the policy, as the server sent it. */
function expectPolicyHeaders(res: Raw, path: string, cache = cacheControlOf(path)) {
  for (const [name, value] of Object.entries(securityHeaders)) expect(res.headers.get(name), `${path} ${name}`).toBe(value);
  expect(res.headers.get('content-security-policy'), `${path} CSP`).toBe(policy.csp);
  expect(res.headers.get('cache-control'), `${path} Cache-Control`).toBe(cache);
}

const built = (path: string) => readFileSync(fileOf(path, periodsDist));

describe.each([
  ['nginx', () => startNginx(deploy)],
  ['Caddy', () => startCaddy(deploy, periodsDist)],
])('%s with the generated configuration', (_name, start) => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await start();
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('found the sitemap’s pages, and the CSP header forbids framing and allows only Pagefind’s WebAssembly', () => {
    expect(sitemap.length).toBeGreaterThan(140);
    expect(policy.csp).toMatch(/frame-ancestors 'none'/);
    expect(policy.csp).toMatch(/script-src [^;]*'wasm-unsafe-eval'/);
  });

  it('serves every page of the sitemap with every header, revalidated, as HTML', async () => {
    for (const path of sitemap) {
      const res = await get(server, path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-type'), path).toBe('text/html; charset=utf-8');
      expectPolicyHeaders(res, path, revalidate);
    }
  });

  it('serves every other kind of file with its type and caching: hashed files for a year', async () => {
    for (const path of others) {
      const res = await get(server, path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-type'), path).toBe(
        contentTypeOf(path)
          .replace('; header=present', '')
          .replace(/^application\/atom\+xml$/, 'application/atom+xml'),
      );
      expectPolicyHeaders(res, path);
      // Pagefind's files are gzip inside: served as they are, never with a Content-Encoding.
      expect(res.headers.get('content-encoding'), path).toBeNull();
      expect(res.body.equals(built(path)), path).toBe(true);
    }
    expect(cacheControlOf(one('_astro', '.css'))).toBe(immutable);
  });

  it('negotiates br, gzip or none, and the decoded body is the file', async () => {
    for (const path of [
      '/',
      '/services/amazon-glacier/',
      one('_astro', '.css'),
      one('pagefind', 'pagefind.js'),
      '/services.json',
      '/feed.xml',
    ]) {
      for (const [encoding, decode] of [
        ['br', brotliDecompressSync],
        ['gzip', gunzipSync],
        ['identity', (b: Buffer) => b],
      ] as const) {
        const res = await get(server, path, encoding);
        expect(res.status, `${path} ${encoding}`).toBe(200);
        expect(res.headers.get('content-encoding'), `${path} ${encoding}`).toBe(encoding === 'identity' ? null : encoding);
        if (encoding !== 'identity') expect(res.headers.get('vary'), `${path} ${encoding}`).toMatch(/Accept-Encoding/i);
        expect(decode(res.body).equals(built(path)), `${path} ${encoding}`).toBe(true);
      }
    }
  });

  it('answers a folder without its slash, and every redirect the site declares, with a 301', async () => {
    for (const [from, to] of [
      ['/services', '/services/'],
      ['/2016-10-01--2017-03-31/services', '/2016-10-01--2017-03-31/services/'],
      ...policy.redirects.map((r) => [r.from, r.to]),
    ]) {
      const res = await get(server, from!);
      expect(res.status, from).toBe(301);
      expect(res.headers.get('location'), from).toBe(to);
      for (const name of Object.keys(securityHeaders)) expect(res.headers.get(name), `${from} ${name}`).not.toBeNull();
    }
    expect(policy.redirects).toContainEqual({
      from: '/services/amazon-ec2-simple-systems-manager-ssm/',
      to: '/services/amazon-ec2-systems-manager/',
    });
  });

  it('answers an address the site does not have with the 404 page, status 404, every header', async () => {
    const res = await get(server, '/no-such-page/', 'br');
    expect(res.status).toBe(404);
    expectPolicyHeaders(res, '/404.html', revalidate);
    expect(brotliDecompressSync(res.body).equals(built('/404.html'))).toBe(true);
  });

  it('serves no listing, no dotfile, no precompressed file by name, no host file, nothing outside dist/', async () => {
    for (const path of [
      '/pagefind/',
      '/_astro/',
      '/.env',
      '/.well-known/x',
      '/index.html.br',
      '/index.html.gz',
      '/_headers',
      '/_redirects',
      '/deploy/nginx.conf',
      '/../deploy/nginx.conf',
      '/%2e%2e/deploy/policy.json',
    ]) {
      const res = await get(server, path);
      expect([400, 404], path).toContain(res.status);
      expect(res.body.toString('latin1'), path).not.toMatch(/Index of|add_header|soc3_cache_control|"csp"/);
    }
  });
});
