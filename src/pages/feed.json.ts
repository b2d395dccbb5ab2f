import type { APIRoute } from 'astro';
import { publicationsFeed } from '../lib/feeds.ts';
import { reportsRoute } from '../route-data.ts';

/** The site's publications as a JSON Feed (1.1). */
export const GET: APIRoute = ({ site }) =>
  new Response(publicationsFeed(reportsRoute().periods, site!).json1(), {
    headers: { 'Content-Type': 'application/feed+json; charset=utf-8' },
  });
