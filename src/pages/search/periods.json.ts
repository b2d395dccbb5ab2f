import type { APIRoute } from 'astro';
import { searchPeriodList } from '../../route-data.ts';

/**
 * The report periods search can look in, newest first, with their labels and which is the latest: one file for
 * the site, loaded with search (src/components/search/search-ui.ts). In every page's header it would change
 * every page each time a period is added.
 */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(searchPeriodList()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
