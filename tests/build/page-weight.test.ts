/**
 * Page weight budgets, deterministic over dist/: what a content page costs on the wire before any interaction, as
 * the servers send it (the build's precompressed .br files): its HTML (with its CSS inline) and every stylesheet or
 * script it loads at once; JavaScript counted wherever it is written (files and inline scripts). `npm run bench`
 * measures the same in a browser, with timings.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { brotliQuality } from '../../src/lib/serving/precompress.ts';
import { page } from '../helpers/dist.ts';
import { distDir } from '../helpers/paths.ts';

const contentPages = {
  home: '/',
  section: '/sections/aws-background/',
  category: '/categories/compute/',
  service: '/services/amazon-simple-storage-service-s3/',
  catalog: '/services/',
  changes: '/changes/',
  reports: '/reports/',
};
const wireBudget = 15 * 1024;
const jsBudget = 2 * 1024;

const file = (path: string) => join(distDir, path.endsWith('/') ? `${path}index.html` : path);
/** Bytes on the wire: the precompressed .br the servers send. */
const wire = (path: string) => {
  expect(existsSync(`${file(path)}.br`), `${path}.br`).toBe(true);
  return statSync(`${file(path)}.br`).size;
};
/** A page's text as the build compresses it (src/lib/serving/precompress.ts): inline scripts travel in their page. */
const brotli = (text: string) =>
  brotliCompressSync(Buffer.from(text), { params: { [constants.BROTLI_PARAM_QUALITY]: brotliQuality('page.html') } }).length;

function weigh(path: string) {
  const doc = page(path);
  const stylesheets = Array.from(doc.querySelectorAll('link[rel="stylesheet"]'), (l) => l.getAttribute('href')!);
  // Executable scripts: a <template>'s wait until a reader asks for what they do.
  const scripts = Array.from(doc.querySelectorAll('script'), (s) => s).filter(
    (s) => !s.closest('template') && s.getAttribute('type') !== 'application/ld+json',
  );
  const external = scripts.filter((s) => s.hasAttribute('src')).map((s) => s.getAttribute('src')!);
  const inline = scripts.filter((s) => !s.hasAttribute('src')).map((s) => s.textContent ?? '');
  const js = external.reduce((n, src) => n + wire(src), 0) + (inline.length > 0 ? brotli(inline.join('\n')) : 0);
  const total = wire(path) + stylesheets.reduce((n, href) => n + wire(href), 0) + external.reduce((n, src) => n + wire(src), 0);
  return { total, js, stylesheets };
}

describe('page weight before any interaction (brotli, as served)', () => {
  it.each(Object.entries(contentPages))(
    `%s: at most ${wireBudget / 1024} KB on the wire and ${jsBudget / 1024} KB of JavaScript`,
    (_type, path) => {
      const { total, js, stylesheets } = weigh(path);
      expect(total, `${path}: ${total} B`).toBeLessThanOrEqual(wireBudget);
      expect(js, `${path}: ${js} B of JavaScript`).toBeLessThanOrEqual(jsBudget);
      // Its CSS is in the page: no stylesheet request blocks the first paint.
      expect(stylesheets).toEqual([]);
    },
  );

  it('the whole report on one page: at most 25 KB on the wire, the same 2 KB of JavaScript', () => {
    const { total, js } = weigh('/report/');
    expect(total).toBeLessThanOrEqual(25 * 1024);
    expect(js).toBeLessThanOrEqual(jsBudget);
  });

  it('measures what it says: a page’s .br is its HTML, compressed', () => {
    const html = readFileSync(file('/'), 'utf8');
    expect(wire('/')).toBeLessThan(html.length / 3);
    expect(Math.abs(wire('/') - brotli(html))).toBeLessThan(64);
  });
});
