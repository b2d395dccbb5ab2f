import { z } from 'astro/zod';
import { CONTINENTS } from './types.ts';
import type { LocationOverride, LocationOverrides, ValidationError } from './types.ts';

/** `"field" must …`: every shape error says which field is wrong and what it should be. */
const must = (field: string, what: string): string => `"${field}" must ${what}`;

const messages = {
  code: must('code', 'look like "us-east-1"'),
  place: must('place', 'be a place name as the gazetteer spells it, e.g. "Frankfurt am Main"'),
  countryCode: must('countryCode', 'be an ISO 3166-1 alpha-2 code such as "HK"'),
  state: must('state', 'be a US state name'),
  country: must('country', 'be a display name'),
  continent: must('continent', `be one of ${CONTINENTS.join(', ')}`),
  note: must('note', 'be a string'),
};

/**
 * One entry of `src/data/locations.json`: what the site needs beyond the report's name and the gazetteer.
 * Every field is optional and no field is a coordinate: a location is always placed from the gazetteer.
 */
export const locationOverrideSchema = z.strictObject(
  {
    /** AWS Region code, Regions only: the Region's short label on the maps. */
    code: z
      .string(messages.code)
      .regex(/^[a-z]{2}(-gov)?-[a-z]+-\d$/, messages.code)
      .optional(),
    /** The gazetteer's place the location stands for, when the report's name is not one ("Ashburn" for "US East (Northern Virginia)"). */
    place: z.string(messages.place).regex(/\S/, messages.place).optional(),
    /** Where to look the place up, when the report's name says no country or another one ("HK" for "Hong Kong, China"). */
    countryCode: z
      .string(messages.countryCode)
      .regex(/^[A-Z]{2}$/, messages.countryCode)
      .optional(),
    /** US state to look the place up in, when the report's name says none. */
    state: z.string(messages.state).regex(/\S/, messages.state).optional(),
    /** Display name of the country, when the site shows another than the gazetteer's ("China" for Hong Kong). */
    country: z.string(messages.country).regex(/\S/, messages.country).optional(),
    continent: z.enum(CONTINENTS, messages.continent).optional(),
    /** Why the override is there, for the next publisher. */
    note: z.string(messages.note).optional(),
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

/** Checks the overrides file's shape (types, known fields) and returns the well-formed entries plus errors for the rest. */
export function parseOverrides(raw: unknown): { overrides: LocationOverrides; errors: ValidationError[] } {
  const overrides: Record<string, LocationOverride> = {};
  const file = fileSchema.safeParse(raw);
  if (!file.success) return { overrides, errors: [{ entry: '(file)', message: FILE_ERROR, inOverrides: true }] };
  const errors: ValidationError[] = [];
  for (const [name, value] of Object.entries(file.data)) {
    const entry = locationOverrideSchema.safeParse(value);
    if (entry.success) overrides[name] = entry.data;
    else errors.push(...problems(entry.error).map((message) => ({ entry: name, message, inOverrides: true })));
  }
  return { overrides, errors };
}
