import { describe, expect, it } from 'vitest';
import { siteUrl } from '../../src/lib/site-url.ts';

describe('siteUrl', () => {
  it('defaults to the preview server', () => {
    expect(siteUrl({})).toBe('http://localhost:4321/');
  });

  it('reads SITE_URL and always ends it with one slash', () => {
    expect(siteUrl({ SITE_URL: 'https://soc3.example.com' })).toBe('https://soc3.example.com/');
    expect(siteUrl({ SITE_URL: 'https://soc3.example.com/' })).toBe('https://soc3.example.com/');
    expect(siteUrl({ SITE_URL: 'https://example.com/reports/soc3' })).toBe('https://example.com/reports/soc3/');
    expect(siteUrl({ SITE_URL: 'https://example.com/reports/soc3/' })).toBe('https://example.com/reports/soc3/');
  });

  it('normalizes the URL (lowercase host, default port dropped)', () => {
    expect(siteUrl({ SITE_URL: 'HTTPS://SOC3.Example.COM:443' })).toBe('https://soc3.example.com/');
  });

  it('reads process.env by default', () => {
    const before = process.env['SITE_URL'];
    try {
      process.env['SITE_URL'] = 'https://from-env.example.com';
      expect(siteUrl()).toBe('https://from-env.example.com/');
    } finally {
      if (before === undefined) delete process.env['SITE_URL'];
      else process.env['SITE_URL'] = before;
    }
  });

  it('rejects a value that is not an absolute URL', () => {
    expect(() => siteUrl({ SITE_URL: 'soc3.example.com' })).toThrow(TypeError);
  });

  // BUG (reported): CI systems pass unset variables as "" (e.g. GitHub Actions `${{ vars.SITE_URL }}`); today that fails
  // the build with a bare "TypeError: Invalid URL". Either fix passes: fall back to the default, or fail naming SITE_URL.
  it('treats an empty SITE_URL as unset, or fails naming SITE_URL', () => {
    let result: string | undefined;
    try {
      result = siteUrl({ SITE_URL: '' });
    } catch (error) {
      expect(String(error)).toContain('SITE_URL');
      return;
    }
    expect(result).toBe('http://localhost:4321/');
  });

  // BUG (reported): the slash is appended after the query or fragment, giving https://example.com/?x=1/.
  it('never appends the slash to a query or fragment', () => {
    for (const value of ['https://example.com/?ref=ci', 'https://example.com/#top']) {
      const url = new URL(siteUrl({ SITE_URL: value }));
      expect(url.pathname.endsWith('/'), value).toBe(true);
      expect(url.search + url.hash, value).not.toMatch(/\/$/);
    }
  });
});
