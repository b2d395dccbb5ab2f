import type { APIRoute } from 'astro';
import { siteFileBuilders } from '../lib/export-builders.ts';
import { contentTypeOf, siteFiles, type SiteFileId } from '../lib/exports.ts';
import { reportsRoute, sitemapPaths } from '../route-data.ts';

/** The files whose every URL is absolute (src/lib/exports.ts): written only where the site has a public URL. */
export const getStaticPaths = () =>
  import.meta.env.SITE
    ? Object.entries(siteFiles).map(([id, { url }]) => ({ params: { file: url.slice(1) }, props: { id: id as SiteFileId } }))
    : [];

export const GET: APIRoute<{ id: SiteFileId }> = async ({ props, site }) =>
  new Response(await siteFileBuilders[props.id]({ periods: reportsRoute().periods, site: site!, pages: sitemapPaths }), {
    headers: { 'Content-Type': contentTypeOf(siteFiles[props.id].mediaType) },
  });
