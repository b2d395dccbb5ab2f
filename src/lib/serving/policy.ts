/**
 * How the built site must be served, in one place: the security headers, caching, content types, compression,
 * redirects and the 404 page. Every way the site is served derives from this: `_headers` and `_redirects`
 * (Netlify, Cloudflare Pages), the nginx and Caddy configurations written to deploy/, and the Node server of
 * `npm start` (src/server/). Pure data and small helpers; the writers live beside it.
 */
import { contentTypeOf as textType, exportTypesByExtension, siteFiles, sourcePdfFile } from '../exports.ts';
import { searchBundle } from '../urls.ts';

export type Headers = Record<string, string>;

/** Headers on every response, whatever it is. */
export const securityHeaders: Headers = {
  'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** HTML, un-hashed files (feeds, exports, images, Pagefind's entry): the browser asks again before each use. */
export const revalidate = 'no-cache';
/** Files whose names change with their content: cached for a year. */
export const immutable = 'public, max-age=31536000, immutable';

/**
 * The paths whose file names carry a hash of their content: Astro's assets, and Pagefind's index, fragment
 * and filter chunks and its metadata file (Pagefind's hosting guidance; its entry file, scripts and
 * WebAssembly keep their names across builds, so they are revalidated).
 */
export const hashedPaths = {
  prefixes: ['/_astro/', `${searchBundle.url}index/`, `${searchBundle.url}fragment/`, `${searchBundle.url}filter/`],
  suffixes: ['.pf_meta'],
} as const;

export const cacheControlOf = (path: string): string =>
  hashedPaths.prefixes.some((p) => path.startsWith(p)) || hashedPaths.suffixes.some((s) => path.endsWith(s)) ? immutable : revalidate;

/**
 * Content types by file extension, for the servers that do not know them or know them otherwise. Pagefind's
 * index files are gzip inside but are served as they are (Pagefind unpacks them), never with Content-Encoding.
 */
export const contentTypes: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  css: 'text/css; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  json: 'application/json; charset=utf-8',
  xml: 'application/xml; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  svg: 'image/svg+xml',
  png: 'image/png',
  ico: 'image/x-icon',
  webmanifest: 'application/manifest+json',
  wasm: 'application/wasm',
  [sourcePdfFile.extension]: sourcePdfFile.mediaType,
  pagefind: 'application/octet-stream',
  pf_meta: 'application/octet-stream',
  pf_index: 'application/octet-stream',
  pf_fragment: 'application/octet-stream',
  pf_filter: 'application/octet-stream',
  // The data exports' types come from their list (src/lib/exports.ts).
  ...exportTypesByExtension(),
};

/** Files whose type is not their extension's: the feeds (src/lib/exports.ts). */
export const contentTypeByPath: Record<string, string> = Object.fromEntries(
  Object.values(siteFiles)
    .filter((f) => textType(f.mediaType) !== contentTypes[f.url.split('.').pop()!])
    .map((f) => [f.url, textType(f.mediaType)]),
);

export const contentTypeOf = (path: string): string =>
  contentTypeByPath[path] ?? contentTypes[/\.([a-z_0-9]+)$/i.exec(path)?.[1]?.toLowerCase() ?? ''] ?? 'application/octet-stream';

/** The precompressed variants the build writes beside each text file, in the order servers prefer them. */
export const encodings = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const;

/** Text files worth compressing; Pagefind's index and WebAssembly files are gzip already and stay as they are. */
const textExtensions = new Set(['html', 'css', 'js', 'json', 'xml', 'txt', 'svg', 'webmanifest', ...Object.keys(exportTypesByExtension())]);
export const compressible = (path: string): boolean => textExtensions.has(path.slice(path.lastIndexOf('.') + 1));

/** Files in the web root that only configure other hosts: never served as pages. */
export const hostFiles = ['/_headers', '/_redirects'] as const;

/** The methods a static site answers; any other gets 405 with `Allow: GET, HEAD`, as nginx answers it. */
export const allowedMethods = ['GET', 'HEAD'] as const;

/**
 * Request limits, nginx's by default, for the servers that have none of their own: a request target past nginx's
 * 8 KB header buffer is answered 414; request headers are limited to 32 KB in all (nginx: 4 buffers of 8 KB); a
 * path segment longer than a file name may be (255 bytes on Linux) names no file, so it is a 404, never the file
 * system's error; so is a path past `maxPathLength`.
 */
export const maxUriLength = 8000;
export const maxHeaderBytes = 32 * 1024;
export const maxNameBytes = 255;
/** Longer than any path of the site, and short enough that the web root and it stay within Linux's 4096 bytes. */
export const maxPathLength = 2048;

/** The page served, with status 404, for any address the site does not have. */
export const notFoundPage = '/404.html';

export interface Redirect {
  from: string;
  to: string;
}

/** The whole policy for one build: the Content-Security-Policy header and the redirects the site declares. */
export interface ServingPolicy {
  /**
   * The Content-Security-Policy sent with every response: the pages' own policy (every page's hashes) with
   * `frame-ancestors 'none'` and `'wasm-unsafe-eval'` for Pagefind's worker. Each page also carries its own,
   * stricter policy in a `<meta>` tag (no WebAssembly), which browsers enforce together with the header.
   */
  csp: string;
  redirects: Redirect[];
}

/** The headers of a response for `path` (a file's URL path). */
export function headersFor(policy: ServingPolicy, path: string): Headers {
  return { ...securityHeaders, 'Content-Security-Policy': policy.csp, 'Cache-Control': cacheControlOf(path) };
}
