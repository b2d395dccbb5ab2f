import type { APIRoute } from 'astro';
import { sitemapFiles, sitemapIndexXml, sitemapXml } from '../lib/sitemap.ts';
import { sitemapPaths } from '../route-data.ts';

/** `/sitemap-index.xml` and `/sitemap-0.xml`: every page at its canonical URL. */
export const getStaticPaths = () => Object.values(sitemapFiles).map((sitemap) => ({ params: { sitemap } }));

export const GET: APIRoute = async ({ params, site }) =>
  new Response(params['sitemap'] === sitemapFiles.index ? await sitemapIndexXml(site!) : await sitemapXml(sitemapPaths(), site!), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
