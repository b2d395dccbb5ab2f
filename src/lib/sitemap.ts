/**
 * The sitemap: every page at its canonical URL (the latest period's at the root, superseded periods' at their
 * pinned URLs), written with the `sitemap` library as a one-file index and its file, the names
 * @astrojs/sitemap used (`/sitemap-index.xml`, `/sitemap-0.xml`), which are published URLs.
 */
import { SitemapIndexStream, SitemapStream, streamToPromise } from 'sitemap';
import { absoluteUrl } from './urls.ts';

export const sitemapFiles = { index: 'sitemap-index.xml', urls: 'sitemap-0.xml' } as const;

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
  write(new SitemapIndexStream(), [absoluteUrl(`/${sitemapFiles.urls}`, site)]);
