import { describe, expect, it } from 'vitest';
import { isLocalPreview, siteUrl } from '../../src/lib/site-url.ts';

describe('siteUrl', () => {
  it('is none when neither SITE_URL nor the committed setting says one', () => {
    expect(siteUrl({})).toBeUndefined();
    expect(siteUrl({}, undefined)).toBeUndefined();
  });

  it('takes the committed setting, and SITE_URL over it', () => {
    expect(siteUrl({}, 'https://soc3.example.com')).toBe('https://soc3.example.com/');
    expect(siteUrl({ SITE_URL: 'https://other.example.com/' }, 'https://soc3.example.com')).toBe('https://other.example.com/');
  });

  it('always ends the URL with one slash', () => {
    expect(siteUrl({ SITE_URL: 'https://soc3.example.com' })).toBe('https://soc3.example.com/');
    expect(siteUrl({ SITE_URL: 'https://soc3.example.com/' })).toBe('https://soc3.example.com/');
    expect(siteUrl({ SITE_URL: 'https://example.com/reports/soc3' })).toBe('https://example.com/reports/soc3/');
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

  it('rejects a value that is not an absolute URL, naming where it came from', () => {
    expect(() => siteUrl({ SITE_URL: 'soc3.example.com' })).toThrow(/^SITE_URL must be an absolute URL/);
    expect(() => siteUrl({}, 'soc3.example.com')).toThrow(/^publicUrl in site.config.ts must be an absolute URL/);
  });

  it('treats an empty SITE_URL (as CI systems pass an unset variable) as not set', () => {
    expect(siteUrl({ SITE_URL: '' })).toBeUndefined();
    expect(siteUrl({ SITE_URL: '' }, 'https://soc3.example.com/')).toBe('https://soc3.example.com/');
  });

  it('never appends the slash to a query or fragment', () => {
    for (const value of ['https://example.com/?ref=ci', 'https://example.com/#top']) {
      const url = new URL(siteUrl({ SITE_URL: value })!);
      expect(url.pathname.endsWith('/'), value).toBe(true);
      expect(url.search + url.hash, value).toBe('');
    }
  });
});

describe('isLocalPreview', () => {
  it('knows this machine’s addresses', () => {
    expect(isLocalPreview('http://localhost:4321/')).toBe(true);
    expect(isLocalPreview('http://127.0.0.1:8080/')).toBe(true);
    expect(isLocalPreview('https://soc3.example.com/')).toBe(false);
  });
});
