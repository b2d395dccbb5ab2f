/**
 * The built site served as production serves it, fed by the serving policy the build wrote to deploy/policy.json:
 * the security headers and the header CSP on every response (304s, errors and refused requests included),
 * caching by path, the precompressed files by Accept-Encoding, a 301 for a folder's address without its slash and
 * for the redirects the site declares, the 404 page with status 404, and nothing but dist/ (no dotfile, no host
 * file). Bad requests are answered as nginx answers them (tests/serve/abuse.test.ts runs the same requests on the
 * three). `npm start` uses it, and so do the browser tests, so what they see is what readers get.
 *
 * Files are sent with `send` (pillarjs, the sender under Express's serve-static) and encodings chosen with
 * `@fastify/accept-negotiator` (the one of @fastify/static), not sirv: sirv answered 304s without the headers set
 * for the file, ignored `If-None-Match: *` and If-Modified-Since, parsed Range by hand, and took `br;q=0` as
 * accepting brotli. `send` implements RFC 9110's conditional and range requests; the negotiator weighs q-values.
 */
import { existsSync, readFileSync, statSync, type Stats } from 'node:fs';
import { createServer, STATUS_CODES, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { join } from 'node:path';
import { Negotiator } from '@fastify/accept-negotiator';
import send from 'send';
import {
  allowedMethods,
  compressible,
  contentTypeOf,
  encodings,
  headersFor,
  hostFiles,
  maxHeaderBytes,
  maxNameBytes,
  maxUriLength,
  notFoundPage,
  type ServingPolicy,
} from '../lib/serving/policy.ts';
import { pageFileOf } from '../lib/built-files.ts';
import { isLocalPath, readTarget } from '../lib/serving/request-target.ts';

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

const statOf = (file: string): Stats | undefined => {
  try {
    return statSync(file);
  } catch {
    return undefined; // missing, or a name the file system refuses: no such file either way
  }
};

/** Never served by name: dotfiles, the precompressed variants, the other hosts' configuration files. */
const hidden = (path: string) =>
  path.split('/').some((part) => part.startsWith('.') || Buffer.byteLength(part) > maxNameBytes) ||
  (hostFiles as readonly string[]).includes(path) ||
  encodings.some((e) => path.endsWith(e.suffix));

const acceptEncodings = new Negotiator({ supportedValues: encodings.map((e) => e.name) });

export function siteHandler(dist: string, policy: ServingPolicy) {
  const setPolicy = (res: ServerResponse, path: string) => {
    for (const [name, value] of Object.entries(headersFor(policy, path))) res.setHeader(name, value);
  };
  /** A short plain-text answer with every header of the policy: a refused request, a redirect, an error. */
  const plain = (req: IncomingMessage, res: ServerResponse, status: number, headers: Record<string, string> = {}) => {
    for (const name of res.getHeaderNames()) res.removeHeader(name);
    setPolicy(res, '/');
    const body = `${status} ${STATUS_CODES[status]}\n`;
    res.writeHead(status, { ...headers, 'Content-Type': contentTypeOf('.txt'), 'Content-Length': Buffer.byteLength(body) });
    res.end(req.method === 'HEAD' ? undefined : body);
  };
  /** The precompressed variant of `path` the client accepts best: q-values weighed, brotli first among equals. */
  const variantOf = (req: IncomingMessage, path: string) => {
    const name = compressible(path) ? acceptEncodings.negotiate(req.headers['accept-encoding'] ?? '') : null;
    const encoding = encodings.find((e) => e.name === name);
    // The build writes both variants of every compressible file; one missing is served as it is.
    return encoding && existsSync(join(dist, path + encoding.suffix))
      ? { path: path + encoding.suffix, encoding: encoding.name }
      : { path, encoding: undefined };
  };
  const setEntity = (req: IncomingMessage, res: ServerResponse, path: string) => {
    const variant = variantOf(req, path);
    setPolicy(res, path);
    res.setHeader('Content-Type', contentTypeOf(path));
    if (compressible(path)) res.setHeader('Vary', 'Accept-Encoding');
    if (variant.encoding) res.setHeader('Content-Encoding', variant.encoding);
    return variant.path;
  };
  const notFound = (req: IncomingMessage, res: ServerResponse) => {
    for (const name of res.getHeaderNames()) res.removeHeader(name);
    const body = readFileSync(join(dist, setEntity(req, res, notFoundPage)));
    res.writeHead(404, { 'Content-Length': body.length }).end(req.method === 'HEAD' ? undefined : body);
  };
  const redirect = (req: IncomingMessage, res: ServerResponse, to: string) =>
    isLocalPath(to) ? plain(req, res, 301, { Location: to }) : notFound(req, res);
  /** A file of dist/: conditional requests (304, 412) and ranges (206, 416) as RFC 9110 has them. */
  const serveFile = (req: IncomingMessage, res: ServerResponse, path: string) => {
    const file = setEntity(req, res, path);
    send(req, file.split('/').map(encodeURIComponent).join('/'), { root: dist, index: false, dotfiles: 'allow', cacheControl: false })
      .on('error', (error: { status?: number; headers?: Record<string, string> }) => {
        // A file that fails mid-way: the client sees a cut response, never a wrong one.
        if (res.headersSent) res.destroy();
        else if (error.status === 404) notFound(req, res);
        else plain(req, res, error.status ?? 500, error.headers);
      })
      .pipe(res);
  };

  const redirects = new Map(policy.redirects.flatMap(({ from, to }) => [[from, to] as const, [from.replace(/\/$/, ''), to] as const]));
  return (req: IncomingMessage, res: ServerResponse): void => {
    // In nginx's order: the request line (its length, its target), then the method.
    const url = req.url ?? '/';
    if (url.length > maxUriLength) return plain(req, res, 414);
    const target = readTarget(url);
    if (target.kind === 'bad') return plain(req, res, 400);
    if (!(allowedMethods as readonly string[]).includes(req.method ?? ''))
      return plain(req, res, 405, { Allow: allowedMethods.join(', ') });
    if (target.kind === 'none') return notFound(req, res);
    const { path, query } = target;
    const to = redirects.get(path);
    if (to) return redirect(req, res, to);
    if (hidden(path)) return notFound(req, res);
    const stat = statOf(join(dist, path));
    // A folder's address without its slash (nginx answers so for any folder; one without an index then 404s).
    if (stat?.isDirectory() && !path.endsWith('/')) return redirect(req, res, `${path}/${query ? `?${query}` : ''}`);
    const file = pageFileOf(path);
    if (!statOf(join(dist, file))?.isFile()) return notFound(req, res);
    serveFile(req, res, file);
  };
}

/** The raw answer to a request Node's parser refused (headers too large, a malformed request line): the policy's headers too. */
function refusal(status: number, policy: ServingPolicy): string {
  const body = `${status} ${STATUS_CODES[status]}\n`;
  const headers = {
    ...headersFor(policy, '/'),
    'Content-Type': contentTypeOf('.txt'),
    'Content-Length': String(body.length),
    Connection: 'close',
  };
  return `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n${Object.entries(headers)
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('')}\r\n${body}`;
}

/** Serves `dist` on `host:port` (port 0: any free port) until stop(). */
export async function startStaticServer(dist: string, { host = '127.0.0.1', port = 0 } = {}): Promise<StaticServer> {
  const policy = readPolicy(dist);
  const handle = siteHandler(dist, policy);
  const server = createServer({ maxHeaderSize: maxHeaderBytes }, (req, res) => {
    try {
      handle(req, res);
    } catch (error) {
      // A fault of this server, never the request's: logged, answered 500 with the headers, and the server lives on.
      console.error(error);
      if (!res.headersSent) res.writeHead(500, headersFor(policy, '/')).end();
      else res.destroy();
    }
  });
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Socket) => {
    if (error.code === 'ECONNRESET' || !socket.writable) socket.destroy();
    else socket.end(refusal(error.code === 'HPE_HEADER_OVERFLOW' ? 431 : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400, policy));
  });
  // CONNECT names a host, not a path: a bad request, as nginx has it (without this listener Node would drop the
  // connection unanswered).
  server.on('connect', (_req: IncomingMessage, socket: Socket) => socket.end(refusal(400, policy)));
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(port, host, resolve));
  const { port: bound } = server.address() as AddressInfo;
  return {
    origin: `http://${host.includes(':') ? `[${host}]` : host}:${bound}`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
