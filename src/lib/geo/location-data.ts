import { z } from 'astro/zod';
import { slugify } from '../slug.ts';
import { CONTINENTS, LOCATION_KINDS } from './types.ts';
import type { Location, LocationData, LocationEntry, LocationKind, ReportLocations, ValidationError } from './types.ts';

/** `"field" must …`: every shape error says which field is wrong and what it should be. */
const must = (field: string, what: string): string => `"${field}" must ${what}`;
const quoted = (values: readonly string[]): string[] => values.map((v) => `"${v}"`);

const messages = {
  kind: must('kind', `be ${quoted(LOCATION_KINDS).join(' or ')}`),
  code: must('code', 'look like "us-east-1"'),
  country: must('country', 'be a display name'),
  isoNumeric: must('isoNumeric', 'be a 3-digit ISO 3166-1 numeric string such as "840"'),
  state: must('state', 'be a US state name'),
  continent: must('continent', `be one of ${CONTINENTS.join(', ')}`),
  lat: must('lat', 'be a number from -90 to 90'),
  lon: must('lon', 'be a number from -180 to 180'),
  place: must('place', 'be a string'),
};

/** One entry of `src/data/locations.json`: site-added facts about a location the report names. */
export const locationEntrySchema = z.strictObject(
  {
    kind: z.enum(LOCATION_KINDS, messages.kind),
    /** AWS Region code, regions only. */
    code: z
      .string(messages.code)
      .regex(/^[a-z]{2}(-gov)?-[a-z]+-\d$/, messages.code)
      .optional(),
    /** Display name of the country (site's choice, e.g. "United Kingdom" for "London, England"). */
    country: z.string(messages.country).regex(/\S/, messages.country),
    /** ISO 3166-1 numeric code of the territory containing the point, as Natural Earth ids it ("840"). */
    isoNumeric: z.string(messages.isoNumeric).regex(/^\d{3}$/, messages.isoNumeric),
    /** US state name, for US entries; checked against us-atlas. */
    state: z.string(messages.state).optional(),
    continent: z.enum(CONTINENTS, messages.continent),
    lat: z.number(messages.lat).min(-90, messages.lat).max(90, messages.lat),
    lon: z.number(messages.lon).min(-180, messages.lon).max(180, messages.lon),
    /** What the point stands for, e.g. "Dallas, the state's largest metropolitan area". */
    place: z.string(messages.place).optional(),
  },
  { error: (issue) => (issue.code === 'invalid_type' ? 'must be an object' : undefined) },
);

const FILE_ERROR = 'locations.json must be an object keyed by location name';
const fileSchema = z.record(z.string(), z.unknown(), FILE_ERROR);

/** One line per problem; an unknown field is named on its own line, before the fields' own problems. */
function problems(error: z.ZodError): string[] {
  const unknown = error.issues.flatMap((i) => (i.code === 'unrecognized_keys' ? i.keys.map((k) => `unknown field "${k}"`) : []));
  return [...unknown, ...error.issues.filter((i) => i.code !== 'unrecognized_keys').map((i) => i.message)];
}

/** Checks the data file's shape (types, ranges, known fields) and returns the well-formed entries plus errors for the rest. */
export function parseLocationData(raw: unknown): { data: LocationData; errors: ValidationError[] } {
  const data: Record<string, LocationEntry> = {};
  const file = fileSchema.safeParse(raw);
  if (!file.success) return { data, errors: [{ entry: '(file)', message: FILE_ERROR }] };
  const errors: ValidationError[] = [];
  for (const [name, value] of Object.entries(file.data)) {
    const entry = locationEntrySchema.safeParse(value);
    if (entry.success) data[name] = entry.data;
    else errors.push(...problems(entry.error).map((message) => ({ entry: name, message })));
  }
  return { data, errors };
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
