import type { z } from 'astro/zod';
import type { locationOverrideSchema } from './location-data.ts';

/** The two kinds of location the report lists. */
export const LOCATION_KINDS = ['region', 'edge'] as const;

/** One of {@link LOCATION_KINDS}. */
export type LocationKind = (typeof LOCATION_KINDS)[number];

/** Continents the site groups locations by (site-added; the report does not group them). */
export const CONTINENTS = ['Africa', 'Antarctica', 'Asia', 'Europe', 'North America', 'Oceania', 'South America'] as const;

/** One of {@link CONTINENTS}. */
export type Continent = (typeof CONTINENTS)[number];

/** One override of `src/data/locations.json`, as its schema (in location-data.ts) checks it. */
export type LocationOverride = z.infer<typeof locationOverrideSchema>;

/** The overrides file: entries keyed by the location's name exactly as the report writes it. */
export type LocationOverrides = Readonly<Record<string, LocationOverride>>;

/** The report's own lists of locations, verbatim and in report order. */
export interface ReportLocations {
  regions: readonly string[];
  edges: readonly string[];
}

/** A report location placed from the gazetteer (with any override), ready to render. */
export interface Location {
  /** Exactly as the report writes it. */
  name: string;
  /** `slugify(name)`; anchors are `loc-<slug>` (table row) and `mk-<slug>` (map marker). */
  slug: string;
  kind: LocationKind;
  /** AWS Region code, from an override (Regions only). */
  code?: string;
  /** Display name of the country. */
  country: string;
  /** ISO 3166-1 numeric code of the territory containing the point, as Natural Earth ids it ("840"). */
  isoNumeric: string;
  /** US state containing the point, for US locations. */
  state?: string;
  continent: Continent;
  /** The gazetteer's place the point stands for, e.g. "Ashburn". */
  place: string;
  lat: number;
  lon: number;
}

/** A problem placing or checking one location (or one override), naming the entry it concerns. */
export interface ValidationError {
  entry: string;
  message: string;
  /** Whether the overrides file is where to fix it (rather than the report's line that names the location). */
  inOverrides?: boolean;
}

/** Natural Earth scales shipped by world-atlas. */
export type Resolution = '110m' | '50m' | '10m';

/** A longitude/latitude box: [[west, south], [east, north]] in degrees. */
export type GeoExtent = readonly [readonly [number, number], readonly [number, number]];
