import { geoEqualEarth, geoGraticule, geoPath } from 'd3-geo';
import type { GeoProjection } from 'd3-geo';
import type { Polygon } from 'geojson';
import type { GeoExtent } from './types.ts';

/** A projection fitted to a fixed-width viewBox, with the height that extent needs. */
export interface FittedProjection {
  projection: GeoProjection;
  width: number;
  height: number;
}

/** The outline of a lon/lat box as a spherical polygon (edges follow meridians and parallels). */
export function extentOutline(extent: GeoExtent): Polygon {
  return geoGraticule()
    .extent([[...extent[0]], [...extent[1]]])
    .outline();
}

/**
 * Equal Earth (equal-area, so no region looks bigger than it is) centred on the extent's middle meridian,
 * so a regional map is not sheared the way it would be near the edge of a world map; clipped to the viewBox.
 */
export function fitProjection(extent: GeoExtent, width: number): FittedProjection {
  const [[west], [east]] = extent;
  const outline = extentOutline(extent);
  const projection = geoEqualEarth()
    .rotate([-(west + east) / 2, 0])
    .fitWidth(width, outline);
  const [[, y0], [, y1]] = geoPath(projection).bounds(outline);
  const height = Math.round(y1 - y0);
  projection.clipExtent([
    [0, 0],
    [width, height],
  ]);
  return { projection, width, height };
}

/** Projects [lon, lat] to viewBox [x, y], rounded to 0.1 unit. */
export function projectPoint(projection: GeoProjection, lon: number, lat: number): [number, number] {
  const p = projection([lon, lat]);
  if (!p) throw new Error(`cannot project (${lat}, ${lon})`);
  return [round1(p[0]), round1(p[1])];
}

/** Rounds to one decimal, the precision of every coordinate the maps ship. */
export function round1(n: number): number {
  return Math.round(n * 10) / 10;
}
