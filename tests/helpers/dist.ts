/** Reading a built site: files, pages as DOM (linkedom), and the list of built pages; dist/ unless told another. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { isPageFile, pageFileOf, pagePathOf } from '../../src/lib/built-files.ts';
import { distDir } from './paths.ts';

/** A built file's text, by its URL path (`/services/` reads `dist/services/index.html`). */
export function readDist(urlPath: string, dir = distDir): string {
  return readFileSync(fileOf(urlPath, dir), 'utf8');
}

const parsed = new Map<string, Document>();

/**
 * A built page as a DOM document, parsed once per test worker: the build tests sweep every page many times.
 * The document is shared, so a test reads it and never changes it (it may build detached nodes with it).
 */
export function page(urlPath: string, dir = distDir): Document {
  const file = fileOf(urlPath, dir);
  let doc = parsed.get(file);
  if (!doc) {
    doc = parseHTML(readFileSync(file, 'utf8')).document as unknown as Document;
    parsed.set(file, doc);
  }
  return doc;
}

/** URL paths of every built HTML page, e.g. `/`, `/services/amazon-s3/`, `/404.html`. */
export function builtPages(dir = distDir): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter(isPageFile).map(pagePathOf);
}

/** Every page the sitemap lists, as URL paths. */
export function sitemapPaths(dir = distDir): string[] {
  const index = readDist('/sitemap-index.xml', dir);
  return Array.from(index.matchAll(/<loc>([^<]+)<\/loc>/g), (m) => new URL(m[1]!).pathname).flatMap((s) =>
    Array.from(readDist(s, dir).matchAll(/<loc>([^<]+)<\/loc>/g), (m) => new URL(m[1]!).pathname),
  );
}

/** The built file of a page's URL path: `/services/` → `dist/services/index.html`. */
export const fileOf = (urlPath: string, dir = distDir): string => join(dir, pageFileOf(urlPath));

/** Whitespace-normalized text. */
export const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
