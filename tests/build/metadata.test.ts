import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, page, readDist } from '../helpers/dist.ts';
import { distDir } from '../helpers/paths.ts';

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const attr = (doc: Document, selector: string, name = 'content') => doc.querySelector(selector)?.getAttribute(name) ?? '';

/** The latest period's pinned pages are canonical at their root URLs (their text is the root pages'). */
const pinnedLatest = '/2017-04-01--2017-09-30/';
const canonicalOf = (path: string) => (path.startsWith(pinnedLatest) ? path.slice(pinnedLatest.length - 1) : path);

describe('every page describes itself for crawlers and link previews', () => {
  const pages = builtPages();

  it.each(pages)('%s', (path) => {
    const doc = page(path);
    expect(doc.title).toMatch(/Amazon Web Services SOC 3 report$/);
    expect(attr(doc, 'meta[name="description"]').length).toBeGreaterThan(20);
    const canonical = attr(doc, 'link[rel="canonical"]', 'href');
    if (path !== '/404.html') expect(new URL(canonical).pathname).toBe(canonicalOf(path));
    for (const p of ['og:title', 'og:description', 'og:url', 'og:image', 'og:image:alt', 'og:site_name']) {
      expect(attr(doc, `meta[property="${p}"]`), p).not.toBe('');
    }
    expect(attr(doc, 'meta[name="twitter:card"]')).toBe('summary_large_image');
    const image = new URL(attr(doc, 'meta[property="og:image"]'));
    expect(pngSize(join(distDir, image.pathname))).toEqual({ width: 1200, height: 630 });
    const ld = JSON.parse(doc.querySelector('script[type="application/ld+json"]')!.textContent!);
    expect(ld['@context']).toBe('https://schema.org');
    expect(ld.isPartOf.temporalCoverage).toBe('2017-04-01/2017-09-30');
  });

  it('describes a service by the first sentence of its description', () => {
    expect(attr(page('/services/amazon-route-53/'), 'meta[name="description"]')).toBe(
      'Amazon Route 53 provides customers with a managed Domain Name System (DNS) web service.',
    );
  });

  it('describes a section by its first sentence', () => {
    expect(attr(page('/sections/people/'), 'meta[name="description"]')).toBe(
      'Amazon Web Services’ organizational structure provides a framework for planning, executing and controlling business operations.',
    );
    // A first sentence longer than 160 characters is cut at a word, with an ellipsis; the page keeps it whole.
    const long = attr(page('/sections/management-assertion/'), 'meta[name="description"]');
    expect(long).toMatch(/^We, as management of, Amazon Web Services, Inc\. \(AWS\) are responsible [^…]* \w+…$/);
    expect(long.length).toBeLessThanOrEqual(160);
    expect(page('/sections/management-assertion/').querySelector('article')!.textContent).toContain(
      'to provide reasonable assurance that the commitments and system requirements related to the operation of the System are achieved.',
    );
  });

  it('lists every page in the sitemap at its canonical URL, and robots.txt points to it', () => {
    const index = readDist('/sitemap-index.xml');
    const sitemaps = Array.from(index.matchAll(/<loc>([^<]+)<\/loc>/g), (m) => new URL(m[1]!).pathname);
    const listed = sitemaps.flatMap((s) => Array.from(readDist(s).matchAll(/<loc>([^<]+)<\/loc>/g), (m) => new URL(m[1]!).pathname));
    expect(listed.sort()).toEqual(pages.filter((p) => p !== '/404.html' && canonicalOf(p) === p).sort());
    expect(readDist('/robots.txt')).toMatch(/^Sitemap: https?:\/\/[^/]+\/sitemap-index\.xml$/m);
  });

  it('has a 404 page that offers search and the main sections', () => {
    const doc = page('/404.html');
    expect(doc.querySelector('form[role="search"]')?.getAttribute('action')).toBe('/search/');
    const hrefs = Array.from(doc.querySelectorAll('main a'), (a) => a.getAttribute('href'));
    expect(hrefs).toEqual(expect.arrayContaining(['/', '/sections/management-assertion/', '/services/', '/report/']));
  });
});

describe('the icon as files', () => {
  it('links a 180 px PNG for iOS home screens from every page', () => {
    const png = readFileSync(join(distDir, 'apple-touch-icon.png'));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([180, 180]);
    for (const path of builtPages())
      expect(page(path).querySelector('link[rel="apple-touch-icon"]')?.getAttribute('href'), path).toBe('/apple-touch-icon.png');
  });

  it('writes /favicon.ico with 16, 32 and 48 px images', () => {
    const ico = readFileSync(join(distDir, 'favicon.ico'));
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2), ico.readUInt16LE(4)]).toEqual([0, 1, 3]);
    expect([0, 1, 2].map((i) => ico[6 + i * 16])).toEqual([16, 32, 48]);
  });
});
