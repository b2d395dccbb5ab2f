import type { APIRoute } from 'astro';
import { publicationsFeed } from '../lib/feeds.ts';
import { reportsRoute } from '../route-data.ts';

/** The site's publications as an Atom feed. */
export const GET: APIRoute = ({ site }) =>
  new Response(publicationsFeed(reportsRoute().periods, site!).atom1(), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
