/**
 * The README's promise for `npm start`: it builds the site and serves it, as production serves it, at the URL it
 * prints. The run's build of the real site is made by `npm start` (tests/helpers/build-once.ts), whose server
 * is still up: these tests ask it for pages.
 */
import { describe, expect, inject, it } from 'vitest';

const origin = inject('npmStartOrigin');

describe.skipIf(!origin)('npm start (skipped with SKIP_BUILD=1: no npm start ran)', () => {
  it('serves at the loopback URL it printed', () => {
    expect(new URL(origin).hostname).toBe('localhost');
  });

  it('serves the home page with the production headers', async () => {
    const response = await fetch(`${origin}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('SOC 3');
  });

  it('answers a folder without its slash with a 301, and an unknown address with the 404 page', async () => {
    const folder = await fetch(`${origin}/services`, { redirect: 'manual' });
    expect(folder.status).toBe(301);
    expect(folder.headers.get('location')).toBe('/services/');
    const missing = await fetch(`${origin}/no-such-page/`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('<title>');
  });
});
