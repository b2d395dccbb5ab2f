import { slugify } from '../slug.ts';
import { countryCode, countryFacts } from './countries.ts';
import { largestPlace, placesNamed, similarNames, type Place } from './gazetteer.ts';
import { inAny, near, type ValidationAtlas } from './validate.ts';
import type { Location, LocationKind, LocationOverride, ValidationError } from './types.ts';

const US = 'US';
const DATA_FILE = 'src/data/locations.json';

/** What to look up in the gazetteer: a place (or, with none, the largest place) in a country and US state. */
export interface PlaceQuery {
  place?: string | undefined;
  countryCode?: string | undefined;
  state?: string | undefined;
}

/**
 * What a report's name says, in the shapes AWS writes: "Asia Pacific (Tokyo)", "US East (Ohio)", "Paris, France",
 * "Ashburn, Virginia, United States", "Texas, United States", "Singapore". A name whose last part is no country
 * ("London, England", "Seoul, Korea") is looked up anywhere, most populous first.
 */
export function parseName(name: string, states: readonly string[]): PlaceQuery {
  const isState = (s: string): boolean => states.includes(s);
  const region = /^(.+?) \((.+)\)$/.exec(name);
  if (region) {
    const [, prefix = '', inner = ''] = region;
    const unqualified = inner.replace(/^(Northern|Southern|Eastern|Western|Central) /, '');
    if (isState(inner) || isState(unqualified)) return { countryCode: US, state: isState(inner) ? inner : unqualified };
    const innerCountry = countryCode(inner);
    if (innerCountry) return { countryCode: innerCountry };
    return { place: inner, countryCode: countryCode(prefix) };
  }
  const parts = name.split(', ');
  const code = parts.length > 1 ? countryCode(parts.at(-1)!) : countryCode(name);
  const [first = name, second] = parts;
  if (code === US && parts.length === 3 && second) return { place: first, countryCode: US, state: second };
  if (code === US && parts.length === 2 && isState(first)) return { countryCode: US, state: first };
  return { place: first, countryCode: code };
}

/** Places a report location from the gazetteer, with its override; or says why it cannot. */
export function placeLocation(
  name: string,
  kind: LocationKind,
  override: LocationOverride | undefined,
  atlas: ValidationAtlas,
): { location?: Location; errors: ValidationError[] } {
  const parsed = parseName(name, atlas.states());
  const q: PlaceQuery = {
    place: override?.place ?? parsed.place,
    countryCode: override?.countryCode ?? parsed.countryCode,
    state: override?.state ?? parsed.state,
  };
  const fix = override ? `change its override in ${DATA_FILE}` : `add an override to ${DATA_FILE}`;
  const stateShapes = q.state === undefined ? [] : atlas.state(q.state);
  if (q.state !== undefined && stateShapes.length === 0)
    return { errors: [{ entry: name, message: `"${q.state}" is not a US state name in us-atlas: ${fix} with "state"` }] };
  if (q.countryCode !== undefined && !countryFacts(q.countryCode))
    return { errors: [{ entry: name, message: `"${q.countryCode}" is not an ISO 3166-1 alpha-2 code`, inOverrides: true }] };
  const inCountry = (p: Place): boolean => q.countryCode === undefined || p.countryCode === q.countryCode;
  // Inside the state first; a coastal city just off the state's outline only when no place inside has the name.
  const inState = (p: Place): boolean => inCountry(p) && (stateShapes.length === 0 || inAny(stateShapes, p));
  const nearState = (p: Place): boolean => inCountry(p) && (stateShapes.length === 0 || near(stateShapes, p, STATE_TOLERANCE_KM));
  // A name that gives only a country stands for its capital ("EU (Ireland)": Dublin); one that gives a state, for its largest place.
  const found =
    q.place !== undefined
      ? (placesNamed(q.place, inState)[0] ?? placesNamed(q.place, nearState)[0])
      : ((q.state === undefined ? largestPlace((p) => p.capital && inState(p)) : undefined) ?? largestPlace(inState));
  const within = [q.state, q.countryCode && countryFacts(q.countryCode)?.name].filter(Boolean).join(', ');
  if (!found) {
    const like = q.place === undefined ? [] : similarNames(q.place, nearState);
    const suggestion = like.length > 0 ? ` (it has ${like.map((l) => `"${l}"`).join(', ')})` : '';
    return {
      errors: [
        {
          entry: name,
          message: `the gazetteer has no place "${q.place ?? '(any)'}"${within ? ` in ${within}` : ''}${suggestion}: ${fix} with "place" as the gazetteer spells it`,
        },
      ],
    };
  }
  const facts = countryFacts(found.countryCode);
  if (!facts) return { errors: [{ entry: name, message: `the gazetteer's country "${found.countryCode}" has no ISO numeric code` }] };
  const state = facts.code === US ? (q.state ?? stateOf(found, atlas)) : undefined;
  const location: Location = {
    name,
    slug: slugify(name),
    kind,
    country: override?.country ?? facts.name,
    isoNumeric: facts.isoNumeric,
    continent: override?.continent ?? facts.continent,
    place: found.name,
    lat: round(found.lat),
    lon: round(found.lon),
  };
  if (override?.code !== undefined) location.code = override.code;
  if (state !== undefined) location.state = state;
  return { location, errors: [] };
}

/** The US state a place is in, or failing that (a coastal city), the one it is just off. */
function stateOf(p: Place, atlas: ValidationAtlas): string | undefined {
  const states = atlas.states();
  return states.find((s) => inAny(atlas.state(s), p)) ?? states.find((s) => near(atlas.state(s), p, STATE_TOLERANCE_KM));
}

/** How far outside a US state's coarse outline a place may sit and still count as in it (coastal cities). */
const STATE_TOLERANCE_KM = 25;

/** Two decimals (about a kilometre): the site's coordinates are a city's, not a building's. */
function round(n: number): number {
  return Math.round(n * 100) / 100;
}
