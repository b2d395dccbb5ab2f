import { describe, expect, it } from 'vitest';
import { builtPages, page, readDist } from '../helpers/dist.ts';

describe('security headers for static hosts (dist/_headers)', () => {
  const headers = readDist('/_headers');

  it('sets the hardening headers and frame-ancestors, which a <meta> policy cannot carry', () => {
    for (const h of ['X-Content-Type-Options: nosniff', 'Referrer-Policy:', 'Permissions-Policy:', "frame-ancestors 'none'"])
      expect(headers).toContain(h);
  });

  it('has every page’s script hashes in the page policy, and no unsafe-inline', () => {
    const policy = /^\/services\/\*\n {2}Content-Security-Policy: (.+)$/m.exec(headers)?.[1] ?? '';
    expect(policy).not.toContain("'unsafe-inline'");
    expect(policy).not.toContain("'wasm-unsafe-eval'");
    for (const path of builtPages()) {
      const meta = page(path).querySelector('meta[http-equiv="content-security-policy"]')!.getAttribute('content')!;
      for (const hash of meta.match(/'sha256-[^']+'/g) ?? []) expect(policy, path).toContain(hash);
    }
  });
});
