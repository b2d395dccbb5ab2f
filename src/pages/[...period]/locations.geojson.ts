import type { APIRoute } from 'astro';
import { locationsPaths, type LocationsRoute } from '../../route-data.ts';
import { toFeatureCollection } from '../../lib/geo/geojson.ts';

export const getStaticPaths = locationsPaths;

/** The report's locations as GeoJSON Points: names exactly as the report writes them, coordinates the site's. */
export const GET: APIRoute<{ route: LocationsRoute }> = ({ props }) =>
  new Response(`${JSON.stringify(toFeatureCollection(props.route.locations.locations, props.route.report.periodId), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/geo+json; charset=utf-8' },
  });
