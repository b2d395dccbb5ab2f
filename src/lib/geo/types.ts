import type { z } from 'astro/zod';
import type { locationEntrySchema } from './location-data.ts';

/** The two kinds of location the report lists. */
export const LOCATION_KINDS = ['region', 'edge'] as const;

/** One of {@link LOCATION_KINDS}. */
export type LocationKind = (typeof LOCATION_KINDS)[number];

/** Continents the site groups locations by (site-added; the report does not group them). */
export const CONTINENTS = ['Asia', 'Europe', 'North America', 'Oceania', 'South America'] as const;

/** One of {@link CONTINENTS}. */
export type Continent = (typeof CONTINENTS)[number];

/** One entry of `src/data/locations.json`, as its schema (in location-data.ts) checks it. */
export type LocationEntry = z.infer<typeof locationEntrySchema>;

/** The data file: entries keyed by the location's name exactly as the report writes it. */
export type LocationData = Readonly<Record<string, LocationEntry>>;

/** The report's own lists of locations, verbatim and in report order. */
export interface ReportLocations {
  regions: readonly string[];
  edges: readonly string[];
}

/** A report location joined with its site-added data, ready to render. */
export interface Location extends Omit<LocationEntry, 'place'> {
  /** Exactly as the report writes it. */
  name: string;
  /** `slugify(name)`; anchors are `loc-<slug>` (table row) and `mk-<slug>` (map marker). */
  slug: string;
}

/** A problem in the data file, naming the entry it concerns. */
export interface ValidationError {
  entry: string;
  message: string;
}

/** Natural Earth scales shipped by world-atlas. */
export type Resolution = '110m' | '50m' | '10m';

/** A longitude/latitude box: [[west, south], [east, north]] in degrees. */
export type GeoExtent = readonly [readonly [number, number], readonly [number, number]];
