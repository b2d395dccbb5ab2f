import type { APIRoute } from 'astro';
import { homePaths } from '../../route-data.ts';
import { toFeatureCollection } from '../../lib/geo/geojson.ts';
import { reportLocations } from '../../lib/geo/report-locations.ts';
import type { Report } from '../../lib/report-model.ts';

export const getStaticPaths = homePaths;

/** The report's locations as GeoJSON Points: names exactly as the report writes them, coordinates the site's. */
export const GET: APIRoute<{ report: Report }> = ({ props }) =>
  new Response(`${JSON.stringify(toFeatureCollection(reportLocations(props.report)), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/geo+json; charset=utf-8' },
  });
