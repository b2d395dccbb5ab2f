import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sha256Source, tightenPage } from '../../src/lib/csp.ts';
import { tightenPagesInThread } from '../../src/lib/serving/in-thread.ts';
import { pageFactsCache } from '../../src/lib/serving/tightened-pages.ts';

const hash = (text: string) => `'${sha256Source(text)}'`;

const build = `script-src 'self' ${hash('a()')} ${hash('b()')}; style-src 'self'`;
const page = (body: string) =>
  `<!DOCTYPE html><html><head><meta http-equiv="content-security-policy" content="${build}"><title>x</title></head><body>${body}<script>a()</script></body></html>`;
const redirect = `<!DOCTYPE html><html><head><meta http-equiv="content-security-policy" content="${build}"><meta http-equiv="refresh" content="0; url=/services/new-name/"></head></html>`;

let folder: string;
afterEach(() => rmSync(folder, { recursive: true, force: true }));
const newCache = () => pageFactsCache((folder = mkdtempSync(join(tmpdir(), 'soc3-page-facts-'))));

describe('the pass over the built pages, remembered by content', () => {
  it('gives what tightenPage gives, and the redirect of a page that is one', async () => {
    const cache = await newCache();
    const facts = await cache.facts(page('<p>one</p>'), '/one/');
    const direct = tightenPage(page('<p>one</p>'), '/one/');
    expect(facts).toEqual({ html: direct.html, edits: direct.edits, policy: direct.policy, redirect: undefined });
    expect(facts.policy).toBe(`script-src 'self' ${hash('a()')}; style-src 'self'`);
    expect((await cache.facts(redirect, '/old/')).redirect).toBe('/services/new-name/');
    expect(cache.stats.reused).toBe(0);
  });

  it('answers a page seen before from the cache, in a later build too, with the same result', async () => {
    const first = await newCache();
    const html = page('<p>same</p>');
    const made = await first.facts(html, '/same/');
    const later = await pageFactsCache(folder);
    expect(await later.facts(html, '/same/')).toEqual(made);
    expect(await later.facts(redirect, '/old/')).toMatchObject({ redirect: '/services/new-name/' });
    expect((await later.facts(redirect, '/old/')).redirect).toBe('/services/new-name/');
    expect(later.stats.reused).toBe(2);
    expect(await later.facts(page('<p>changed</p>'), '/same/')).not.toEqual(made);
    expect(later.stats.reused).toBe(2);
  });

  it('works a damaged entry out again instead of using it', async () => {
    const cache = await newCache();
    const html = page('<p>x</p>');
    const made = await cache.facts(html, '/x/');
    const [entry] = readdirSync(folder);
    writeFileSync(join(folder, entry!), '{"edits":[{"span":[0,');
    expect(await cache.facts(html, '/x/')).toEqual(made);
    writeFileSync(join(folder, entry!), '{"edits":"no","policy":1}');
    expect(await cache.facts(html, '/x/')).toEqual(made);
    writeFileSync(join(folder, entry!), JSON.stringify({ ...made, edits: [{ span: [0, html.length + 1], text: '' }] }));
    expect(await cache.facts(html, '/x/')).toEqual(made);
    expect(cache.stats.reused).toBe(0);
  });

  it('fails, naming the page, for a page without a policy meta tag', async () => {
    const cache = await newCache();
    await expect(cache.facts('<title>x</title>', '/x/')).rejects.toThrow('/x/ has no Content-Security-Policy meta tag');
  });
});

describe("a build's pages tightened in place, in a thread of their own", () => {
  it('rewrites each page, gives their policies and redirects, and reuses the facts in the next build', async () => {
    folder = mkdtempSync(join(tmpdir(), 'soc3-tighten-'));
    const dir = join(folder, 'dist');
    mkdirSync(join(dir, 'old'), { recursive: true });
    writeFileSync(join(dir, 'index.html'), page('<p>home</p>'));
    writeFileSync(join(dir, 'old', 'index.html'), redirect);
    const job = { dir, cache: join(folder, 'cache') };
    const first = await tightenPagesInThread(job);
    const own = `script-src 'self' ${hash('a()')}; style-src 'self'`;
    expect(first).toEqual({ policies: [own, expect.any(String)], redirects: [{ from: '/old/', to: '/services/new-name/' }], reused: 0 });
    expect(readFileSync(join(dir, 'index.html'), 'utf8')).toBe(tightenPage(page('<p>home</p>'), '/').html);
    // The next build writes the same pages again.
    writeFileSync(join(dir, 'index.html'), page('<p>home</p>'));
    writeFileSync(join(dir, 'old', 'index.html'), redirect);
    expect(await tightenPagesInThread(job)).toEqual({ ...first, reused: 2 });
    expect(readFileSync(join(dir, 'index.html'), 'utf8')).toBe(tightenPage(page('<p>home</p>'), '/').html);
  });

  it('fails with the page that has no policy', async () => {
    folder = mkdtempSync(join(tmpdir(), 'soc3-tighten-'));
    mkdirSync(join(folder, 'dist', 'bare'), { recursive: true });
    writeFileSync(join(folder, 'dist', 'bare', 'index.html'), '<title>x</title>');
    await expect(tightenPagesInThread({ dir: join(folder, 'dist'), cache: join(folder, 'cache') })).rejects.toThrow(
      '/bare/ has no Content-Security-Policy meta tag',
    );
  });
});
