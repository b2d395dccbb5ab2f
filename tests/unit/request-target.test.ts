/** The request target as the Node server reads it (src/lib/serving/request-target.ts): nginx's reading. */
import { describe, expect, it } from 'vitest';
import { isLocalPath, readTarget } from '../../src/lib/serving/request-target.ts';

describe('readTarget', () => {
  it('decodes, merges slashes and resolves dot segments, so no path names a host', () => {
    expect(readTarget('//evil.example/..%2fservices')).toEqual({ kind: 'path', path: '/services', query: '' });
    expect(readTarget('/%2F%2Fevil.example%2F..%2Fservices')).toEqual({ kind: 'path', path: '/services', query: '' });
    expect(readTarget('/%5Cevil.example/..%2Fservices')).toEqual({ kind: 'path', path: '/services', query: '' });
    expect(readTarget('/%2Fservices?q=lambda')).toEqual({ kind: 'path', path: '/services', query: 'q=lambda' });
    expect(readTarget('//_headers')).toEqual({ kind: 'path', path: '/_headers', query: '' });
    expect(readTarget('/services/.')).toEqual({ kind: 'path', path: '/services/', query: '' });
    expect(readTarget('/services/amazon-s3/..')).toEqual({ kind: 'path', path: '/services/', query: '' });
    expect(readTarget('/')).toEqual({ kind: 'path', path: '/', query: '' });
    expect(readTarget('http://other.example//services/?a')).toEqual({ kind: 'path', path: '/services/', query: 'a' });
  });

  it('refuses malformed escapes, NUL bytes and paths above the root: 400, never an exception', () => {
    for (const target of ['/%', '/%zz', '/%E0%A4%A', '/%2', '/%00', '/a%00b', '/..', '/%2e%2e/deploy', '/a/../../b', '*', 'services'])
      expect(readTarget(target), target).toEqual({ kind: 'bad' });
  });

  it('takes escapes that decode to no UTF-8 (overlong, lone bytes) as names no file has', () => {
    for (const target of ['/services/%ff/', '/%c0%ae%c0%ae/', '/%ed%a0%80/']) expect(readTarget(target), target).toEqual({ kind: 'none' });
    expect(readTarget('/caf%C3%A9/')).toEqual({ kind: 'path', path: '/café/', query: '' });
  });
});

it('isLocalPath: one slash, then neither a slash nor a backslash', () => {
  for (const location of ['/', '/services/', '/search/?q=//evil.example']) expect(isLocalPath(location), location).toBe(true);
  for (const location of ['//evil.example/', '/\\evil.example/', 'https://evil.example/', 'services/', ''])
    expect(isLocalPath(location), location).toBe(false);
});
