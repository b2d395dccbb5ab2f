import type { APIRoute } from 'astro';
import { absoluteUrl, sitemapUrls } from '../lib/urls.ts';

/** Everything may be crawled; the sitemap (where the site has a public URL) lists every page at its canonical URL. */
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n${site ? `\nSitemap: ${absoluteUrl(sitemapUrls.index, site)}\n` : ''}`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
