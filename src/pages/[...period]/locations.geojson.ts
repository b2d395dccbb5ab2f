import type { APIRoute } from 'astro';
import { exportPaths, type PageRoute } from '../../route-data.ts';
import { toFeatureCollection } from '../../lib/geo/geojson.ts';
import { reportLocations } from '../../lib/geo/report-locations.ts';

export const getStaticPaths = exportPaths;

/** The report's locations as GeoJSON Points: names exactly as the report writes them, coordinates the site's. */
export const GET: APIRoute<{ route: PageRoute }> = ({ props }) =>
  new Response(
    `${JSON.stringify(toFeatureCollection(reportLocations(props.route.report, props.route.periods.pinned), props.route.report.periodId), null, 2)}\n`,
    {
      headers: { 'Content-Type': 'application/geo+json; charset=utf-8' },
    },
  );
