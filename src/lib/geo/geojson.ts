import type { Feature, FeatureCollection, Point } from 'geojson';
import type { Location, LocationKind } from './types.ts';

/** Properties of each published Point feature. */
export interface LocationProperties {
  /** Exactly as the report writes it. */
  name: string;
  kind: LocationKind;
  country: string;
  code?: string;
  /** The report period (its folder name) whose report lists the location. */
  period: string;
}

/** The locations as a GeoJSON FeatureCollection of Points ([lon, lat], RFC 7946 order), in report order. */
export function toFeatureCollection(locations: readonly Location[], period: string): FeatureCollection<Point, LocationProperties> {
  return {
    type: 'FeatureCollection',
    features: locations.map((l): Feature<Point, LocationProperties> => ({
      type: 'Feature',
      id: l.slug,
      geometry: { type: 'Point', coordinates: [l.lon, l.lat] },
      properties: { name: l.name, kind: l.kind, country: l.country, ...(l.code ? { code: l.code } : {}), period },
    })),
  };
}
