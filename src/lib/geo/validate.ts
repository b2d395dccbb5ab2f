import { geoContains } from 'd3-geo';
import type { Feature } from 'geojson';
import { slugify } from '../slug.ts';
import type { LocationData, LocationEntry, LocationKind, ReportLocations, ValidationError } from './types.ts';

/** Shape lookups validation needs; `atlas.ts` backs them with world-atlas and us-atlas. */
export interface ValidationAtlas {
  /** Every feature whose id is this ISO 3166-1 numeric code (Natural Earth splits some countries). */
  country(isoNumeric: string): readonly Feature[];
  /** Every feature for this US state name. */
  state(name: string): readonly Feature[];
}

const US = '840';
const DATA_FILE = 'src/data/locations.json';

/** Every mismatch between the report's lists and the data file, and every point outside its country or US state. */
export function validateLocations(
  report: ReportLocations,
  data: LocationData,
  atlas: ValidationAtlas,
  /** Names other report periods list: their entries serve those periods, and are not this one's to check. */
  otherPeriods: ReadonlySet<string> = new Set(),
): ValidationError[] {
  const errors: ValidationError[] = [];
  const err = (entry: string, message: string): void => void errors.push({ entry, message });
  const expected = new Map<string, LocationKind>([
    ...report.regions.map((n): [string, LocationKind] => [n, 'region']),
    ...report.edges.map((n): [string, LocationKind] => [n, 'edge']),
  ]);

  for (const [name, kind] of expected) {
    if (data[name]) continue;
    const near = Object.keys(data).find((k) => !expected.has(k) && fold(k) === fold(name));
    err(
      name,
      near
        ? `no entry in ${DATA_FILE}; "${near}" looks like it: rename it to the report's exact wording`
        : `no entry in ${DATA_FILE}: add one with kind "${kind}", country, isoNumeric, continent, lat and lon`,
    );
  }

  const codes = new Map<string, string>();
  const slugs = new Map<string, string>();
  const countryNames = new Map<string, string>();
  for (const [name, e] of Object.entries(data)) {
    const kind = expected.get(name);
    if (!kind && otherPeriods.has(name)) continue;
    if (!kind) {
      err(name, `is not in any report's lists: remove it from ${DATA_FILE} or rename it to the report's exact wording`);
      continue;
    }
    if (e.kind !== kind)
      err(name, `"kind" is "${e.kind}" but the report lists it as ${kind === 'region' ? 'a Region' : 'an edge location'}`);
    if (kind === 'region' && !e.code) err(name, 'Region has no "code": add its AWS Region code, e.g. "us-east-1"');
    if (kind === 'edge' && e.code) err(name, 'edge locations have no Region code: remove "code"');
    if (e.code) duplicate(codes, e.code, name, `code "${e.code}"`, err);
    duplicate(slugs, slugify(name), name, `slug "${slugify(name)}"`, err);
    const known = countryNames.get(e.isoNumeric);
    if (known !== undefined && known !== e.country)
      err(name, `"country" is "${e.country}" but other entries with isoNumeric ${e.isoNumeric} say "${known}"`);
    else countryNames.set(e.isoNumeric, e.country);
    for (const message of placeProblems(name, e, atlas)) err(name, message);
  }
  return errors;
}

function duplicate(seen: Map<string, string>, key: string, name: string, what: string, err: (e: string, m: string) => void): void {
  const first = seen.get(key);
  if (first !== undefined) err(name, `${what} is also used by "${first}": each must be unique`);
  else seen.set(key, name);
}

/** Point-in-shape checks for one entry: inside its country, and inside its state for US entries. */
function placeProblems(name: string, e: LocationEntry, atlas: ValidationAtlas): string[] {
  const out: string[] = [];
  const countries = atlas.country(e.isoNumeric);
  if (countries.length === 0) out.push(`isoNumeric "${e.isoNumeric}" matches no Natural Earth country: use the ISO 3166-1 numeric code`);
  else if (!inAny(countries, e))
    out.push(`(lat ${e.lat}, lon ${e.lon}) is outside ${e.country} (isoNumeric ${e.isoNumeric})${hint(countries, e)}`);

  const namedState = /^(.+), United States$/.exec(name)?.[1];
  if (e.isoNumeric !== US) {
    if (e.state !== undefined) out.push('"state" is only for United States entries: remove it');
    return out;
  }
  if (e.state === undefined) return [...out, `United States entries need "state"${namedState ? `: "${namedState}"` : ''}`];
  if (namedState !== undefined && namedState !== e.state) out.push(`"state" is "${e.state}" but the report's name says ${namedState}`);
  const states = atlas.state(e.state);
  if (states.length === 0) out.push(`"state" "${e.state}" is not a US state name in us-atlas`);
  else if (!inAny(states, e)) out.push(`(lat ${e.lat}, lon ${e.lon}) is outside ${e.state}${hint(states, e)}`);
  return out;
}

function inAny(shapes: readonly Feature[], p: { lat: number; lon: number }): boolean {
  return shapes.some((f) => geoContains(f, [p.lon, p.lat]));
}

/** A likely cause for a point that misses its shape, tried in order of how often each slip happens. */
function hint(shapes: readonly Feature[], { lat, lon }: { lat: number; lon: number }): string {
  if (Math.abs(lon) <= 90 && inAny(shapes, { lat: lon, lon: lat })) return ': lat and lon look swapped';
  if (inAny(shapes, { lat, lon: -lon })) return ': lon has the wrong sign (west is negative)';
  if (inAny(shapes, { lat: -lat, lon })) return ': lat has the wrong sign (south is negative)';
  return ': check the coordinates';
}

/** Case- and accent-insensitive form, to suggest an entry whose name differs from the report only in spelling details. */
function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}
