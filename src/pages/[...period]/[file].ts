import { readFileSync } from 'node:fs';
import type { APIRoute } from 'astro';
import { periodExportBuilders } from '../../lib/export-builders.ts';
import { contentTypeOf, periodExports, sourcePdfFile, type PeriodExportId } from '../../lib/exports.ts';
import type { SourcePdf } from '../../lib/report-source.ts';
import { exportPaths, type PageRoute } from '../../route-data.ts';

export const getStaticPaths = exportPaths;

/** One of the period's data exports (src/lib/exports.ts), or its original PDF, published as it is. */
export const GET: APIRoute<{ route: PageRoute; id?: PeriodExportId; pdf?: SourcePdf }> = ({ props, site }) =>
  props.pdf
    ? new Response(readFileSync(props.pdf.file), { headers: { 'Content-Type': sourcePdfFile.mediaType } })
    : new Response(
        periodExportBuilders[props.id!]({ report: props.route.report, periods: props.route.periods, site, home: props.route.home }),
        { headers: { 'Content-Type': contentTypeOf(periodExports[props.id!].mediaType) } },
      );
