/**
 * A request's target read as nginx reads it, for the Node server of `npm start` (src/server/static-server.ts):
 * the path %-decoded, its slashes merged and its dot segments resolved, so that `//evil.example/..%2fservices` is
 * the folder `/services` and never a host. A malformed escape, a NUL byte or a path above the root is a bad
 * request (400), as on nginx; escapes that decode to no UTF-8 name no file, so they are simply not found.
 */

export type RequestTarget =
  | { kind: 'path'; path: string; query: string }
  | { kind: 'bad' } // 400
  | { kind: 'none' }; // no file can have this name: 404

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The bytes of a %-encoded string, or undefined if an escape is malformed (`%`, `%zz`, `%A`). */
function percentDecode(text: string): Uint8Array | undefined {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x25) {
      // Node hands over the request line's bytes as Latin-1: one byte per character.
      bytes.push(c & 0xff);
      continue;
    }
    const hex = text.slice(i + 1, i + 3);
    if (!/^[0-9a-f]{2}$/i.test(hex)) return undefined;
    bytes.push(Number.parseInt(hex, 16));
    i += 2;
  }
  return Uint8Array.from(bytes);
}

export function readTarget(url: string): RequestTarget {
  // The absolute form (`GET http://host/path`) names the path after the authority, as nginx reads it.
  const target = url.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/?]*/i, '');
  if (!target.startsWith('/')) return { kind: 'bad' };
  const at = target.indexOf('?');
  const [raw, query] = at < 0 ? [target, ''] : [target.slice(0, at), target.slice(at + 1)];
  const bytes = percentDecode(raw);
  if (!bytes || bytes.includes(0)) return { kind: 'bad' };
  let decoded: string;
  try {
    decoded = utf8.decode(bytes);
  } catch {
    return { kind: 'none' };
  }
  const segments: string[] = [];
  const parts = decoded.split('/');
  for (const part of parts) {
    if (part === '..') {
      if (segments.length === 0) return { kind: 'bad' };
      segments.pop();
    } else if (part !== '.' && part !== '') segments.push(part);
  }
  // A trailing slash, `/.` or `/..` names a folder.
  const folder = segments.length > 0 && ['', '.', '..'].includes(parts.at(-1)!);
  return { kind: 'path', path: `/${segments.join('/')}${folder ? '/' : ''}`, query };
}

/**
 * Whether a Location is this site's own path: one slash, then neither a slash nor a backslash, which browsers
 * read as the start of another host (`//evil.example`, `/\evil.example`).
 */
export const isLocalPath = (location: string): boolean => /^\/(?![/\\])/.test(location);
