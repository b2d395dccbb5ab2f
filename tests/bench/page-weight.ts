/** What each page type loads before any interaction, in Chromium at 1280 px, sized from the files in dist/. */
import { join } from 'node:path';
import type { Browser, Request } from 'playwright-core';
import { viewports } from '../helpers/browser.ts';
import { distDir } from '../helpers/paths.ts';
import { addSizes, noBytes, sizesOf, sizesOfText, type Sizes } from './compressed-size.ts';
import { kb, printTable } from './table.ts';

export const pageTypes = [
  { type: 'home', path: '/' },
  { type: 'section', path: '/sections/aws-background/' },
  { type: 'category', path: '/categories/compute/' },
  { type: 'service', path: '/services/amazon-simple-storage-service-s3/' },
  { type: 'catalog', path: '/services/' },
  { type: 'locations', path: '/locations/' },
  { type: 'search', path: '/search/' },
  { type: 'report', path: '/report/' },
] as const;

export type PageType = (typeof pageTypes)[number]['type'];
export const kinds = ['html', 'css', 'js', 'image', 'other'] as const;
export type Kind = (typeof kinds)[number];

export interface LoadedFile extends Sizes {
  path: string;
  kind: Kind;
  /** Chromium's resource type: document, stylesheet, script, image, font, fetch, … */
  resourceType: string;
}

export interface PageWeight {
  type: PageType;
  path: string;
  files: LoadedFile[];
  byKind: Record<Kind, Sizes>;
  /**
   * Scripts written inside the HTML (executable ones; a <template>'s are not), compressed together as one file
   * would be. Their bytes are already in the HTML's, so they are not added to the total; the JS budget counts them.
   */
  inlineJs: Sizes;
  total: Sizes;
}

const kindOf: Record<string, Kind> = { document: 'html', stylesheet: 'css', script: 'js', image: 'image' };

/** The dist/ file a URL path is served from (`/search/` → `search/index.html`). */
const distFile = (pathname: string) => join(distDir, decodeURIComponent(pathname.endsWith('/') ? `${pathname}index.html` : pathname));

async function weigh(browser: Browser, origin: string, type: PageType, path: string): Promise<PageWeight> {
  const context = await browser.newContext(viewports.desktop);
  const requests: Request[] = [];
  const failed: string[] = [];
  // The context sees requests of the page and of its workers (Pagefind searches in a worker).
  context.on('requestfinished', (r) => requests.push(r));
  context.on('requestfailed', (r) => failed.push(`${r.url()} (${r.failure()?.errorText})`));
  const page = await context.newPage();
  const response = await page.goto(origin + path, { waitUntil: 'networkidle' });
  const inline = await page.$$eval('script:not([src])', (scripts) =>
    scripts.filter((s) => ['', 'module', 'text/javascript'].includes(s.getAttribute('type') ?? '')).map((s) => s.textContent ?? ''),
  );
  await context.close();
  if (response?.status() !== 200) throw new Error(`${path}: HTTP ${response?.status()}`);
  if (failed.length > 0) throw new Error(`${path}: requests failed: ${failed.join(', ')}`);
  const files: LoadedFile[] = [];
  for (const r of requests) {
    const url = new URL(r.url());
    if (url.protocol === 'data:') continue;
    if (url.origin !== origin) throw new Error(`${path} loaded ${url.href}: the site must load nothing from elsewhere`);
    const resourceType = r.resourceType();
    files.push({ path: url.pathname, kind: kindOf[resourceType] ?? 'other', resourceType, ...sizesOf(distFile(url.pathname)) });
  }
  const byKind = Object.fromEntries(kinds.map((k) => [k, files.filter((f) => f.kind === k).reduce(addSizes, noBytes())])) as Record<
    Kind,
    Sizes
  >;
  return { type, path, files, byKind, inlineJs: sizesOfText(inline.join('\n')), total: files.reduce(addSizes, noBytes()) };
}

export async function measurePageWeight(browser: Browser, origin: string): Promise<PageWeight[]> {
  const weights: PageWeight[] = [];
  for (const { type, path } of pageTypes) weights.push(await weigh(browser, origin, type, path));
  return weights;
}

export function printPageWeight(weights: readonly PageWeight[]): void {
  console.log('\n2. Page weight: every response before any interaction (Chromium, 1280 px, network idle), sized from the files in dist/');
  for (const measure of ['gzip', 'brotli', 'raw'] as const) {
    const label = { gzip: 'gzip -9', brotli: 'brotli (q10 pages, q11 the rest, as precompressed)', raw: 'raw (uncompressed)' }[measure];
    printTable(
      `Bytes by kind, ${label}`,
      ['page', 'requests', ...kinds.map((k) => k.toUpperCase()), 'total', 'inline JS (in HTML)'],
      weights.map((w) => [
        `${w.type} ${w.path}`,
        w.files.length,
        ...kinds.map((k) => (w.byKind[k].raw === 0 ? '–' : kb(w.byKind[k][measure]))),
        kb(w.total[measure]),
        kb(w.inlineJs[measure]),
      ]),
    );
  }
  const heaviest = weights.map((w) => {
    const top = [...w.files].sort((a, b) => b.gzip - a.gzip)[0]!;
    return [w.type, top.path, top.kind, kb(top.raw), kb(top.gzip), `${Math.round((100 * top.gzip) / w.total.gzip)}%`];
  });
  printTable('Heaviest file per page (by gzip size)', ['page', 'file', 'kind', 'raw', 'gzip', 'share of page gzip'], heaviest);
}
