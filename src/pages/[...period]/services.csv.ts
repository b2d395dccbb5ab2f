import type { APIRoute } from 'astro';
import { exportPaths, type PageRoute } from '../../route-data.ts';
import { serviceRecords, toCsv } from '../../lib/service-exports.ts';

export const getStaticPaths = exportPaths;

export const GET: APIRoute<{ route: PageRoute }> = ({ props, site }) =>
  new Response(toCsv(serviceRecords(props.route.report, site)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' },
  });
