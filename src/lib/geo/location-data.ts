import { slugify } from '../slug.ts';
import { CONTINENTS } from './types.ts';
import type { Continent, Location, LocationData, LocationEntry, LocationKind, ReportLocations, ValidationError } from './types.ts';

const FIELDS = new Set(['kind', 'code', 'country', 'isoNumeric', 'state', 'continent', 'lat', 'lon', 'place']);
const REGION_CODE = /^[a-z]{2}(-gov)?-[a-z]+-\d$/;

/** Checks the data file's shape (types, ranges, known fields) and returns the well-formed entries plus errors for the rest. */
export function parseLocationData(raw: unknown): { data: LocationData; errors: ValidationError[] } {
  const data: Record<string, LocationEntry> = {};
  const errors: ValidationError[] = [];
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { data, errors: [{ entry: '(file)', message: 'locations.json must be an object keyed by location name' }] };
  }
  for (const [name, value] of Object.entries(raw)) {
    const problems = entryProblems(value);
    if (problems.length > 0) errors.push(...problems.map((message) => ({ entry: name, message })));
    else data[name] = value as LocationEntry;
  }
  return { data, errors };
}

function entryProblems(value: unknown): string[] {
  if (typeof value !== 'object' || value === null) return ['must be an object'];
  const v = value as Record<string, unknown>;
  const out: string[] = [];
  for (const key of Object.keys(v)) if (!FIELDS.has(key)) out.push(`unknown field "${key}"`);
  if (v['kind'] !== 'region' && v['kind'] !== 'edge') out.push('"kind" must be "region" or "edge"');
  if (v['code'] !== undefined && (typeof v['code'] !== 'string' || !REGION_CODE.test(v['code']))) {
    out.push('"code" must look like "us-east-1"');
  }
  if (typeof v['country'] !== 'string' || v['country'].trim() === '') out.push('"country" must be a display name');
  if (typeof v['isoNumeric'] !== 'string' || !/^\d{3}$/.test(v['isoNumeric'])) {
    out.push('"isoNumeric" must be a 3-digit ISO 3166-1 numeric string such as "840"');
  }
  if (v['state'] !== undefined && typeof v['state'] !== 'string') out.push('"state" must be a US state name');
  if (!CONTINENTS.includes(v['continent'] as Continent)) out.push(`"continent" must be one of ${CONTINENTS.join(', ')}`);
  if (!inRange(v['lat'], 90)) out.push('"lat" must be a number from -90 to 90');
  if (!inRange(v['lon'], 180)) out.push('"lon" must be a number from -180 to 180');
  if (v['place'] !== undefined && typeof v['place'] !== 'string') out.push('"place" must be a string');
  return out;
}

function inRange(n: unknown, limit: number): boolean {
  return typeof n === 'number' && Number.isFinite(n) && Math.abs(n) <= limit;
}

/** Joins the report's lists with the data file, in report order (regions, then edges); names without data are skipped (validation reports them). */
export function resolveLocations(report: ReportLocations, data: LocationData): Location[] {
  const named: [string, LocationKind][] = [
    ...report.regions.map((n): [string, LocationKind] => [n, 'region']),
    ...report.edges.map((n): [string, LocationKind] => [n, 'edge']),
  ];
  const out: Location[] = [];
  for (const [name, kind] of named) {
    const e = data[name];
    if (!e) continue;
    const loc: Location = {
      name,
      kind,
      country: e.country,
      isoNumeric: e.isoNumeric,
      continent: e.continent,
      lat: e.lat,
      lon: e.lon,
      slug: slugify(name),
    };
    if (kind === 'region' && e.code !== undefined) loc.code = e.code;
    if (e.state !== undefined) loc.state = e.state;
    out.push(loc);
  }
  return out;
}
