import type { APIRoute } from 'astro';
import { atomFeed, jsonFeed } from '../lib/feeds.ts';
import { sitemapFiles, sitemapIndexXml, sitemapXml } from '../lib/sitemap.ts';
import { atomFeedUrl, jsonFeedUrl } from '../lib/urls.ts';
import { reportsRoute, sitemapPaths } from '../route-data.ts';

/** The files whose every URL is absolute: the sitemap and the feeds. */
const files: Record<string, (site: URL) => Promise<{ body: string; type: string }>> = {
  [sitemapFiles.index]: async (site) => ({ body: await sitemapIndexXml(site), type: 'application/xml; charset=utf-8' }),
  [sitemapFiles.urls]: async (site) => ({ body: await sitemapXml(sitemapPaths(), site), type: 'application/xml; charset=utf-8' }),
  [atomFeedUrl.slice(1)]: async (site) => ({
    body: atomFeed(reportsRoute().periods, site),
    type: 'application/atom+xml; charset=utf-8',
  }),
  [jsonFeedUrl.slice(1)]: async (site) => ({
    body: jsonFeed(reportsRoute().periods, site),
    type: 'application/feed+json; charset=utf-8',
  }),
};

/** Written only where the site has a public URL: without one, their URLs would all be wrong. */
export const getStaticPaths = () => (import.meta.env.SITE ? Object.keys(files).map((file) => ({ params: { file } })) : []);

export const GET: APIRoute = async ({ params, site }) => {
  const { body, type } = await files[params['file']!]!(site!);
  return new Response(body, { headers: { 'Content-Type': type } });
};
