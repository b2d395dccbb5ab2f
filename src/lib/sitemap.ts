/**
 * The sitemap: every page at its canonical URL (the latest period's at the root, superseded periods' at their
 * pinned URLs), written with the `sitemap` library as a one-file index and its file (`sitemapUrls`).
 */
import { SitemapIndexStream, SitemapStream, streamToPromise } from 'sitemap';
import { absoluteUrl, sitemapUrls } from './urls.ts';

async function write(stream: SitemapStream | SitemapIndexStream, items: string[]): Promise<string> {
  for (const url of items) stream.write({ url });
  stream.end();
  return (await streamToPromise(stream)).toString();
}

/** The sitemap file listing these pages (root-relative paths). */
export const sitemapXml = (paths: readonly string[], site: URL | string): Promise<string> =>
  write(
    new SitemapStream(),
    paths.map((p) => absoluteUrl(p, site)),
  );

/** The index that points to the sitemap file. */
export const sitemapIndexXml = (site: URL | string): Promise<string> =>
  write(new SitemapIndexStream(), [absoluteUrl(sitemapUrls.urls, site)]);
