import { geoBounds, geoContains } from 'd3-geo';
import type { Feature, Position } from 'geojson';
import type { Location, ValidationError } from './types.ts';

/** Shape lookups placing and checking need; `atlas.ts` backs them with world-atlas and us-atlas. */
export interface ValidationAtlas {
  /** Every feature whose id is this ISO 3166-1 numeric code (Natural Earth splits some countries). */
  country(isoNumeric: string): readonly Feature[];
  /** Every country feature, to find which one a point is in. */
  countries(): readonly Feature[];
  /** Every feature for this US state name. */
  state(name: string): readonly Feature[];
  /** Every US state name. */
  states(): readonly string[];
}

const US = '840';
/**
 * How far off its country's coast a city-centre point may sit: Natural Earth's 1:50m coastline cuts off the centres
 * of coastal cities (Copenhagen, Lisbon, Stockholm, Istanbul, Hong Kong). A point inside another country is wrong whatever
 * the distance.
 */
export const COAST_TOLERANCE_KM = 25;

/** Whether the point is in one of the shapes, or within `km` of one. */
export function near(shapes: readonly Feature[], p: { lat: number; lon: number }, km: number): boolean {
  return inAny(shapes, p) || (shapes.some((f) => inBox(f, p, km)) && distanceKm(shapes, p) <= km);
}

const boxes = new WeakMap<Feature, [[number, number], [number, number]]>();

/** Whether the point is within `km` of the feature's bounding box: a cheap test before the exact ones. */
function inBox(f: Feature, { lat, lon }: { lat: number; lon: number }, km = 0): boolean {
  let b = boxes.get(f);
  if (!b) {
    b = geoBounds(f);
    boxes.set(f, b);
  }
  const [[w, s], [e, n]] = b;
  const d = km / KM_PER_DEGREE;
  const dLon = d / Math.max(0.1, Math.cos((lat * Math.PI) / 180));
  // A box crossing the antimeridian (w > e) is not worth pruning.
  return lat >= s - d && lat <= n + d && (w > e || (lon >= w - dLon && lon <= e + dLon));
}

/** A placed location's own problems: outside its country (or US state), or an edge location with a Region code. */
export function locationProblems(loc: Location, atlas: ValidationAtlas): ValidationError[] {
  const messages = [
    ...(loc.kind === 'edge' && loc.code ? ['edge locations have no Region code: remove "code"'] : []),
    ...placeProblems(loc, atlas),
  ];
  return messages.map((message) => ({ entry: loc.name, message, inOverrides: true }));
}

/** Region codes one period's list gives twice. */
export function sharedCodes(locations: readonly Location[]): ValidationError[] {
  const errors: ValidationError[] = [];
  const codes = new Map<string, string>();
  for (const loc of locations) {
    if (!loc.code) continue;
    const first = codes.get(loc.code);
    if (first !== undefined)
      errors.push({ entry: loc.name, message: `code "${loc.code}" is also used by "${first}": each must be unique`, inOverrides: true });
    else codes.set(loc.code, loc.name);
  }
  return errors;
}

/** Point-in-shape checks for one location: in (or just off the coast of) its country, and its US state. */
export function placeProblems(loc: Location, atlas: ValidationAtlas): string[] {
  const out: string[] = [];
  const countries = atlas.country(loc.isoNumeric);
  if (countries.length === 0) return [`isoNumeric "${loc.isoNumeric}" matches no Natural Earth country`];
  if (!inCountry(countries, loc, atlas)) out.push(`(lat ${loc.lat}, lon ${loc.lon}) is outside ${loc.country}${hint(countries, loc)}`);
  if (loc.isoNumeric !== US || loc.state === undefined) return out;
  const states = atlas.state(loc.state);
  if (states.length === 0) out.push(`"state" "${loc.state}" is not a US state name in us-atlas`);
  else if (!near(states, loc, COAST_TOLERANCE_KM)) out.push(`(lat ${loc.lat}, lon ${loc.lon}) is outside ${loc.state}${hint(states, loc)}`);
  return out;
}

/** Inside its country, or near its coast and inside no other country. */
function inCountry(countries: readonly Feature[], p: { lat: number; lon: number }, atlas: ValidationAtlas): boolean {
  if (inAny(countries, p)) return true;
  if (distanceKm(countries, p) > COAST_TOLERANCE_KM) return false;
  return !inAny(
    atlas.countries().filter((f) => !countries.includes(f)),
    p,
  );
}

/** Whether the point is inside one of the shapes. */
export function inAny(shapes: readonly Feature[], p: { lat: number; lon: number }): boolean {
  return shapes.some((f) => inBox(f, p) && geoContains(f, [p.lon, p.lat]));
}

/** A likely cause for a point that misses its shape, tried in order of how often each slip happens. */
function hint(shapes: readonly Feature[], { lat, lon }: { lat: number; lon: number }): string {
  if (Math.abs(lon) <= 90 && inAny(shapes, { lat: lon, lon: lat })) return ': lat and lon look swapped';
  if (inAny(shapes, { lat, lon: -lon })) return ': lon has the wrong sign (west is negative)';
  if (inAny(shapes, { lat: -lat, lon })) return ': lat has the wrong sign (south is negative)';
  return ': check its override (place, countryCode, state)';
}

const KM_PER_DEGREE = 111.32;

/**
 * Shortest distance from the point to the shapes' outlines, in km, on a local equirectangular plane around the point:
 * exact enough for the few tens of km the tolerance allows.
 */
function distanceKm(shapes: readonly Feature[], { lat, lon }: { lat: number; lon: number }): number {
  const k = Math.cos((lat * Math.PI) / 180);
  const xy = ([x, y]: Position): [number, number] => [(((x! - lon + 540) % 360) - 180) * k, y! - lat];
  let best = Infinity;
  for (const f of shapes) {
    const g = f.geometry;
    const rings = g.type === 'Polygon' ? g.coordinates : g.type === 'MultiPolygon' ? g.coordinates.flat() : [];
    for (const ring of rings) {
      for (let i = 1; i < ring.length; i++) best = Math.min(best, segmentDistance(xy(ring[i - 1]!), xy(ring[i]!)));
    }
  }
  return best * KM_PER_DEGREE;
}

/** Distance from the origin to the segment a–b. */
function segmentDistance([ax, ay]: [number, number], [bx, by]: [number, number]): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = dx === 0 && dy === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / (dx * dx + dy * dy)));
  return Math.hypot(ax + t * dx, ay + t * dy);
}
