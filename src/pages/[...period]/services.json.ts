import type { APIRoute } from 'astro';
import { homePaths } from '../../route-data.ts';
import { serviceRecords } from '../../lib/service-exports.ts';
import type { Report } from '../../lib/report-model.ts';

export const getStaticPaths = homePaths;

export const GET: APIRoute<{ report: Report }> = ({ props, site }) =>
  new Response(`${JSON.stringify(serviceRecords(props.report, site!), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
