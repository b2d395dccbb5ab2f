import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { builtPages, page, readDist } from '../helpers/dist.ts';

describe('headers and redirects for static hosts (dist/_headers, dist/_redirects)', () => {
  const headers = readDist('/_headers');

  it('sets the hardening headers and frame-ancestors (which a <meta> policy cannot carry) once, for every path', () => {
    for (const h of [
      'Strict-Transport-Security:',
      'X-Content-Type-Options: nosniff',
      'Referrer-Policy:',
      'Permissions-Policy:',
      'Cross-Origin-Opener-Policy:',
      "frame-ancestors 'none'",
    ])
      expect(headers).toContain(h);
    expect(headers.match(/Content-Security-Policy:/g)).toHaveLength(1);
    expect(headers.startsWith('/*\n')).toBe(true);
  });

  it('has every page’s script and style hashes in the policy, no unsafe-inline, and WebAssembly only as Pagefind needs it', () => {
    const policy = /^ {2}Content-Security-Policy: (.+)$/m.exec(headers)?.[1] ?? '';
    expect(policy).not.toContain("'unsafe-inline'");
    expect(policy).toMatch(/script-src [^;]*'wasm-unsafe-eval'/);
    for (const path of builtPages()) {
      const meta = page(path).querySelector('meta[http-equiv="content-security-policy"]')!.getAttribute('content')!;
      // The page's own policy stays stricter: no WebAssembly on pages.
      expect(meta, path).not.toContain("'wasm-unsafe-eval'");
      for (const hash of meta.match(/'sha256-[^']+'/g) ?? []) expect(policy, path).toContain(hash);
    }
  });

  it('gives each page the hashes of its own inline scripts and styles, no other; the header only hashes some page uses', () => {
    const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
    const used = new Set<string>();
    for (const path of builtPages()) {
      const doc = page(path);
      const templates = [...doc.querySelectorAll('template')].map((t) => t.content);
      const blocks = [doc, ...templates].flatMap((root) => [
        ...root.querySelectorAll('script:not([src]):not([type="application/ld+json"]), style'),
      ]);
      const own = new Set(blocks.map((b) => sha(b.textContent ?? '')));
      const meta = doc.querySelector('meta[http-equiv="content-security-policy"]')!.getAttribute('content')!;
      expect(new Set(meta.match(/'sha256-[^']+'/g)), path).toEqual(own);
      for (const h of own) used.add(h);
    }
    const policy = /^ {2}Content-Security-Policy: (.+)$/m.exec(headers)?.[1] ?? '';
    expect(new Set(policy.match(/'sha256-[^']+'/g))).toEqual(used);
  });

  it('caches hashed files for a year', () => {
    expect(headers).toContain('/_astro/*\n  Cache-Control: public, max-age=31536000, immutable');
  });

  it('writes _redirects (none for one period: no service has an old address yet)', () => {
    expect(readDist('/_redirects')).toBe('\n');
  });
});
