import type { APIRoute } from 'astro';
import { periodExportBuilders } from '../../lib/export-builders.ts';
import { contentTypeOf, periodExports, type PeriodExportId } from '../../lib/exports.ts';
import { exportPaths, type PageRoute } from '../../route-data.ts';

export const getStaticPaths = exportPaths;

/** One of the period's data exports (src/lib/exports.ts). */
export const GET: APIRoute<{ route: PageRoute; id: PeriodExportId }> = ({ props, site }) =>
  new Response(periodExportBuilders[props.id]({ report: props.route.report, periods: props.route.periods, site, home: props.route.home }), {
    headers: { 'Content-Type': contentTypeOf(periodExports[props.id].mediaType) },
  });
