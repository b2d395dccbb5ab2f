import type { APIRoute } from 'astro';
import { exportPaths, type PageRoute } from '../../route-data.ts';
import { serviceRecords } from '../../lib/service-exports.ts';

export const getStaticPaths = exportPaths;

export const GET: APIRoute<{ route: PageRoute }> = ({ props, site }) =>
  new Response(`${JSON.stringify(serviceRecords(props.route.report, site), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
