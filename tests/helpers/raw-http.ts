/**
 * An HTTP/1.1 request written byte for byte on a socket, and the answer as the server sent it: no client in
 * between to normalise the path, refuse a method, merge slashes, follow a redirect or decode a body. The abuse
 * suite (tests/serve/abuse.test.ts) needs exactly what a hostile client can send.
 */
import { connect } from 'node:net';

export interface RawAnswer {
  /** 0 when the server closed the connection without an answer, or did not answer within the timeout. */
  status: number;
  /** Header names in lower case; repeated headers joined with ", ". */
  headers: Record<string, string>;
  body: Buffer;
}

export interface RawRequest {
  method?: string;
  /** The request target exactly as sent: not encoded, not checked. */
  target: string;
  headers?: Record<string, string>;
}

export function rawRequest(origin: string, { method = 'GET', target, headers = {} }: RawRequest, timeoutMs = 10_000): Promise<RawAnswer> {
  const { hostname, port } = new URL(origin);
  const head = Object.entries({ Host: hostname, Connection: 'close', 'Accept-Encoding': 'identity', ...headers })
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('');
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    const socket = connect({ host: hostname, port: Number(port) });
    const done = () => {
      socket.destroy();
      resolve(parse(Buffer.concat(chunks)));
    };
    socket.setTimeout(timeoutMs, done);
    socket.on('data', (c: Buffer) => chunks.push(c));
    socket.on('end', done);
    socket.on('close', done);
    // A server may answer and close before the request is all written (a refused header block): that is an answer.
    socket.on('error', done);
    socket.write(Buffer.from(`${method} ${target} HTTP/1.1\r\n${head}\r\n`, 'latin1'));
  });
}

function parse(response: Buffer): RawAnswer {
  const end = response.indexOf('\r\n\r\n');
  if (end < 0) return { status: 0, headers: {}, body: response };
  const [statusLine = '', ...lines] = response.subarray(0, end).toString('latin1').split('\r\n');
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const at = line.indexOf(':');
    const name = line.slice(0, at).trim().toLowerCase();
    const value = line.slice(at + 1).trim();
    headers[name] = name in headers ? `${headers[name]}, ${value}` : value;
  }
  return { status: Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1] ?? 0), headers, body: response.subarray(end + 4) };
}
