/**
 * The built site served as production serves it (sirv, fed by the serving policy the build wrote to
 * deploy/policy.json): the security headers and the header CSP on every response, caching by path, the
 * precompressed files by Accept-Encoding, a 301 for a folder's address without its slash and for the redirects
 * the site declares, the 404 page with status 404, and nothing but dist/ (no dotfile, no host file).
 * `npm start` uses it, and so do the browser tests, so what they see is what readers get.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import sirv from 'sirv';
import { contentTypeOf, headersFor, hostFiles, notFoundPage, type ServingPolicy } from '../lib/serving/policy.ts';

export interface StaticServer {
  origin: string;
  stop(): Promise<void>;
}

/** The serving policy a build wrote next to its dist/ (deploy/policy.json). */
export function readPolicy(dist: string): ServingPolicy {
  const file = join(dist, '..', 'deploy', 'policy.json');
  if (!existsSync(file)) throw new Error(`${file} is missing: build the site first (npm run build)`);
  return JSON.parse(readFileSync(file, 'utf8')) as ServingPolicy;
}

export function siteHandler(dist: string, policy: ServingPolicy) {
  const setPolicy = (res: ServerResponse, path: string) => {
    for (const [name, value] of Object.entries(headersFor(policy, path))) res.setHeader(name, value);
  };
  const notFound = (req: IncomingMessage, res: ServerResponse) => {
    setPolicy(res, notFoundPage);
    res.statusCode = 404;
    res.setHeader('Content-Type', contentTypeOf(notFoundPage));
    res.end(req.method === 'HEAD' ? undefined : readFileSync(join(dist, notFoundPage)));
  };
  const serve = sirv(dist, {
    dotfiles: false,
    etag: true,
    brotli: true,
    gzip: true,
    extensions: [],
    setHeaders: (res, pathname) => {
      setPolicy(res, pathname);
      res.setHeader('Content-Type', contentTypeOf(pathname));
    },
    onNoMatch: notFound,
  });
  const redirects = new Map(policy.redirects.flatMap(({ from, to }) => [[from, to] as const, [from.replace(/\/$/, ''), to] as const]));
  return (req: IncomingMessage, res: ServerResponse): void => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://site').pathname);
    const redirect = (to: string) => {
      setPolicy(res, path);
      res.writeHead(301, { Location: to }).end();
    };
    const to = redirects.get(path);
    if (to) return redirect(to);
    if (path.split('/').some((part) => part.startsWith('.')) || (hostFiles as readonly string[]).includes(path) || /\.(br|gz)$/.test(path))
      return notFound(req, res);
    const url = new URL(req.url ?? '/', 'http://site');
    const folder = join(dist, path);
    if (!path.endsWith('/') && existsSync(join(folder, 'index.html')) && statSync(folder).isDirectory())
      return redirect(`${path}/${url.search}`);
    // A folder's address is its index page (sirv looks for no other file by itself: extensions: []).
    if (path.endsWith('/')) req.url = `${url.pathname}index.html${url.search}`;
    serve(req, res);
  };
}

/** Serves `dist` on `host:port` (port 0: any free port) until stop(). */
export async function startStaticServer(dist: string, { host = '127.0.0.1', port = 0 } = {}): Promise<StaticServer> {
  const server = createServer(siteHandler(dist, readPolicy(dist)));
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(port, host, resolve));
  const { port: bound } = server.address() as AddressInfo;
  return {
    origin: `http://${host.includes(':') ? `[${host}]` : host}:${bound}`,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
