/**
 * The abusive requests of the abuse suite (abuse.test.ts), one table for nginx, Caddy and `npm start`, with the
 * answer expected of all three. Where a server answers otherwise, `except` says so and why: every such line is a
 * limit of the platform, not of the configuration. nginx is the reference (its answers are the ones a careful
 * reader of RFC 9110 expects: 400 for a malformed or escaping path, 414, 405 with Allow, 304, 412, 416).
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { distDir } from '../helpers/paths.ts';
import type { RawRequest } from '../helpers/raw-http.ts';

export type ServerName = 'nginx' | 'Caddy' | 'npm start';

export interface AbuseCase extends RawRequest {
  what: string;
  status: number;
  /** A server that answers otherwise, with the status it gives and why it cannot give the common one. */
  except?: Partial<Record<ServerName, { status: number; why: string }>>;
  /** The exact Location of a redirect. */
  location?: string;
  /** The Content-Encoding expected ('' for none). */
  encoding?: string;
  contentRange?: string;
  /**
   * A server that answers this request below its configuration (the HTTP parser itself), where no header of the
   * site can be added, and why. Counted apart, never as a pass of the headers check.
   */
  bare?: Partial<Record<ServerName, string>>;
}

const caddyCleans = {
  Caddy: {
    status: 404,
    why: 'Go cleans the path before Caddy sees it: `..` above the root stays at the root, where the file is not (nginx refuses it)',
  },
} as const;
const goRefusesEscape =
  'Go’s net/http refuses a malformed %-escape in the request line itself, before Caddy runs (400, no header can be added)';
const goRefusesHeaders = 'Go’s net/http answers 431 to an oversized header block itself, before Caddy runs (no header can be added)';
const caddyOtherHost = 'CONNECT names another host: Caddy has no site for it and answers with its empty default 200, no header, no file';
const caddyNoSite = 'Caddy serves only the site’s own host; another gets its empty default 200: no header, no file, no redirect';
const goOptions = 'Go’s net/http answers `OPTIONS *` itself (an empty 200) before Caddy runs: no header, no file';
const nginxTooLarge = {
  status: 400,
  why: 'nginx answers an oversized header block with 400 (“Request Header Or Cookie Too Large”), not 431',
};

const icon = '/favicon.ico';
const iconSize = statSync(join(distDir, icon)).size;
const configs = ['/deploy/nginx.conf', '/deploy/Caddyfile', '/deploy/policy.json'];

export const abuseCases: AbuseCase[] = [
  // Path traversal, in every encoding: never a file outside dist/.
  ...configs.flatMap((config): AbuseCase[] => [
    { what: 'traversal', target: `/..${config}`, status: 400, except: caddyCleans },
    { what: 'traversal', target: `/%2e%2e${config}`, status: 400, except: caddyCleans },
    { what: 'traversal', target: `/%2E%2E${config.replaceAll('/', '%2F')}`, status: 400, except: caddyCleans },
    { what: 'traversal', target: `/.%2e${config}`, status: 400, except: caddyCleans },
    { what: 'traversal', target: `/services/..%2f..%2f..${config}`, status: 400, except: caddyCleans },
    { what: 'traversal (backslash: a plain character on Linux)', target: `/..%5c..${config.replaceAll('/', '%5c')}`, status: 404 },
    { what: 'traversal (double encoding)', target: `/%252e%252e${config}`, status: 404 },
    { what: 'traversal (overlong UTF-8 dots)', target: `/%c0%ae%c0%ae${config}`, status: 404 },
    { what: 'traversal (overlong UTF-8, 3 bytes)', target: `/%e0%80%ae%e0%80%ae${config}`, status: 404 },
    { what: 'traversal (Tomcat-style)', target: `/..;${config}`, status: 404 },
  ]),
  { what: 'traversal', target: '/../../../../../../etc/passwd', status: 400, except: caddyCleans },
  { what: 'traversal', target: '/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd', status: 400, except: caddyCleans },
  { what: 'traversal (within the root: allowed)', target: '/services/../', status: 200 },

  // Malformed and overlong encodings: a 400 or a 404, never a crash.
  ...['/%', '/%zz', '/%E0%A4%A', '/%2', '/services/%G0/', '/%u002e%u002e/'].map((target): AbuseCase => ({
    what: 'malformed escape',
    target,
    status: 400,
    bare: { Caddy: goRefusesEscape },
  })),
  ...['/services/%ff/', '/%c0%ae%c0%ae/', '/%ed%a0%80/', '/%f8%80%80%80%af/', '/%fe%ff'].map((target): AbuseCase => ({
    what: 'escape that is no UTF-8',
    target,
    status: 404,
  })),

  // Null bytes: refused, never passed to the file system.
  ...['/%00', '/index.html%00.txt', '/services/%00/'].map((target): AbuseCase => ({ what: 'NUL', target, status: 400 })),
  {
    what: 'NUL',
    target: `/%00/..${configs[0]}`,
    status: 400,
    except: { Caddy: { status: 404, why: 'Go cleans the path before Caddy sees it: the segment with the NUL is gone' } },
  },

  // Long URLs and headers.
  { what: 'long URL (9 KB)', target: `/${'a'.repeat(9000)}`, status: 414 },
  { what: 'long query (9 KB)', target: `/?q=${'a'.repeat(9000)}`, status: 414 },
  { what: 'long name (300 bytes)', target: `/${'a'.repeat(300)}/`, status: 404 },
  { what: 'long path of short names (6 KB)', target: `/${'ab/'.repeat(2000)}`, status: 404 },
  {
    what: 'one 9 KB header',
    target: '/',
    headers: { 'X-Long': 'a'.repeat(9000) },
    status: 200,
    except: { nginx: { status: 400, why: 'nginx holds each header line in one 8 KB buffer; the others take 32 KB in all' } },
  },
  {
    what: '64 KB of headers',
    target: '/',
    headers: Object.fromEntries(Array.from({ length: 64 }, (_, i) => [`X-Filler-${i}`, 'a'.repeat(1000)])),
    status: 431,
    except: { nginx: nginxTooLarge },
    bare: { Caddy: goRefusesHeaders },
  },
  {
    what: '1 MB of headers',
    target: '/',
    headers: Object.fromEntries(Array.from({ length: 1024 }, (_, i) => [`X-Filler-${i}`, 'a'.repeat(1000)])),
    status: 431,
    except: { nginx: nginxTooLarge },
    bare: { Caddy: goRefusesHeaders },
  },

  // Every method: GET and HEAD only.
  { what: 'method', method: 'GET', target: '/', status: 200 },
  { what: 'method', method: 'HEAD', target: '/', status: 200 },
  ...['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE', 'PROPFIND', 'MKCOL', 'LOCK'].map((method): AbuseCase => ({
    what: 'method',
    method,
    target: '/',
    status: 405,
  })),
  { what: 'method', method: 'POST', target: '/services/', headers: { 'Content-Length': '0' }, status: 405 },
  { what: 'method', method: 'DELETE', target: '/index.html', status: 405 },
  {
    what: 'method (a target that is no path)',
    method: 'CONNECT',
    target: 'evil.example:443',
    status: 400,
    except: { Caddy: { status: 200, why: caddyOtherHost } },
    bare: { Caddy: caddyOtherHost },
  },
  {
    what: 'method (a target that is no path)',
    method: 'OPTIONS',
    target: '*',
    status: 400,
    except: { Caddy: { status: 200, why: goOptions } },
    bare: { Caddy: goOptions },
  },
  {
    what: 'method',
    method: 'FOO',
    target: '/',
    status: 405,
    except: { 'npm start': { status: 400, why: 'Node’s HTTP parser (llhttp) refuses a method it does not know, before the server runs' } },
  },

  // Range requests.
  { what: 'range', target: icon, headers: { Range: 'bytes=0-9' }, status: 206, contentRange: `bytes 0-9/${iconSize}` },
  {
    what: 'range',
    target: icon,
    headers: { Range: 'bytes=-10' },
    status: 206,
    contentRange: `bytes ${iconSize - 10}-${iconSize - 1}/${iconSize}`,
  },
  { what: 'range', target: icon, headers: { Range: 'bytes=10-' }, status: 206, contentRange: `bytes 10-${iconSize - 1}/${iconSize}` },
  { what: 'range', target: icon, headers: { Range: `bytes=${iconSize}-` }, status: 416, contentRange: `bytes */${iconSize}` },
  { what: 'range', target: icon, headers: { Range: 'bytes=999999999-' }, status: 416, contentRange: `bytes */${iconSize}` },
  {
    what: 'range',
    target: icon,
    headers: { Range: 'bytes=abc' },
    status: 416,
    except: { 'npm start': { status: 200, why: 'send ignores a Range it cannot parse, as RFC 9110 §14.2 allows (the whole file)' } },
  },
  {
    what: 'range',
    target: icon,
    headers: { Range: 'bytes=0-1,5-6' },
    status: 206,
    except: { 'npm start': { status: 200, why: 'send answers several ranges with the whole file, as RFC 9110 §14.2 allows' } },
  },
  { what: 'range', target: icon, headers: { Range: 'bytes=0-9', 'If-Range': '"stale"' }, status: 200 },
  { what: 'range', method: 'POST', target: icon, headers: { Range: 'bytes=0-9' }, status: 405 },

  // Conditional requests.
  { what: 'conditional', target: '/', headers: { 'If-None-Match': '*' }, status: 304 },
  { what: 'conditional', target: '/', headers: { 'If-None-Match': '"not-this-one"' }, status: 200 },
  { what: 'conditional', target: '/', headers: { 'If-Modified-Since': 'Tue, 01 Jan 2036 00:00:00 GMT' }, status: 304 },
  { what: 'conditional', target: '/', headers: { 'If-Modified-Since': 'Mon, 01 Jan 1990 00:00:00 GMT' }, status: 200 },
  { what: 'conditional', target: '/', headers: { 'If-Modified-Since': 'not a date' }, status: 200 },
  { what: 'conditional', target: '/', headers: { 'If-Match': '"not-this-one"' }, status: 412 },
  { what: 'conditional', target: '/', headers: { 'If-Unmodified-Since': 'Mon, 01 Jan 1990 00:00:00 GMT' }, status: 412 },
  { what: 'conditional', target: '/no-such-page/', headers: { 'If-None-Match': '*' }, status: 404 },

  // Accept-Encoding q-values: q=0 refuses an encoding.
  { what: 'q-values', target: '/', headers: { 'Accept-Encoding': 'br;q=0, gzip;q=0' }, status: 200, encoding: '' },
  { what: 'q-values', target: '/', headers: { 'Accept-Encoding': 'br;q=0, gzip' }, status: 200, encoding: 'gzip' },
  { what: 'q-values', target: '/', headers: { 'Accept-Encoding': 'gzip;q=0' }, status: 200, encoding: '' },
  { what: 'q-values', target: '/', headers: { 'Accept-Encoding': 'br;q=0.001' }, status: 200, encoding: 'br' },
  { what: 'q-values', target: '/', headers: { 'Accept-Encoding': 'gzip, br' }, status: 200, encoding: 'br' },
  { what: 'q-values', target: '/', headers: { 'Accept-Encoding': 'x-unknown' }, status: 200, encoding: '' },
  { what: 'q-values', target: '/no-such-page/', headers: { 'Accept-Encoding': 'br;q=0, gzip;q=0' }, status: 404, encoding: '' },

  // Dotfiles, precompressed variants by name, the hosts' configuration files: never served.
  ...[
    '/.env',
    '/.git/config',
    '/.htaccess',
    '/.well-known/security.txt',
    '/%2eenv',
    '/_headers',
    '/_redirects',
    '//_headers',
    '/%2F_headers',
    '/%5F%68eaders',
    '/_headers/',
    '/services/../_redirects',
    '/index.html.br',
    '/index.html.gz',
    '/services/index.html.br',
    '/pagefind/',
    '/_astro/',
    ...configs,
  ].map((target): AbuseCase => ({ what: 'hidden file', target, status: 404 })),

  // Open redirects: a folder's redirect names this site's folder, cleaned, never a host.
  ...['//evil.example/..%2fservices', '/%2F%2Fevil.example%2F..%2Fservices', '/%5Cevil.example/..%2Fservices', '/%2Fservices'].map(
    (target): AbuseCase => ({ what: 'open redirect', target, status: 301, location: '/services/' }),
  ),
  { what: 'open redirect', target: '//evil.example/%2e%2e/services', status: 301, location: '/services/' },
  { what: 'open redirect', target: '/\\evil.example/../services', status: 301, location: '/services/' },
  { what: 'open redirect', target: '/%5Cservices', status: 404 },
  { what: 'open redirect', target: '/%2F%2Fevil.example', status: 404 },
  { what: 'open redirect', target: '/services/..%2F%2Fevil.example', status: 404 },
  { what: 'open redirect', target: '/%09/evil.example', status: 404 },
  { what: 'open redirect', target: '//evil.example', status: 404 },
  { what: 'open redirect', target: '///evil.example/', status: 404 },
  { what: 'folder redirect keeps the query', target: '/services?q=lambda', status: 301, location: '/services/?q=lambda' },
  { what: 'folder redirect keeps the query', target: '/search?q=//evil.example', status: 301, location: '/search/?q=//evil.example' },
  {
    what: 'open redirect (another Host)',
    target: '/services',
    headers: { Host: 'evil.example' },
    status: 301,
    location: '/services/',
    except: { Caddy: { status: 200, why: caddyNoSite } },
    bare: { Caddy: caddyNoSite },
  },
  { what: '//anything is not the home page', target: '//nope', status: 404 },
  { what: '//anything is not the home page', target: '//services/', status: 200 },
];

/** Targets whose redirects a browser must follow and stay on the site. */
export const redirectTargets = abuseCases.filter((c) => c.what === 'open redirect').map((c) => c.target);
