import type { APIRoute } from 'astro';
import { homePaths } from '../../route-data.ts';
import { serviceRecords, toCsv } from '../../lib/service-exports.ts';
import type { Report } from '../../lib/report-model.ts';

export const getStaticPaths = homePaths;

export const GET: APIRoute<{ report: Report }> = ({ props, site }) =>
  new Response(toCsv(serviceRecords(props.report, site!)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' },
  });
