/**
 * The report periods' locations, placed from the gazetteer with the site's overrides and checked, once per build:
 * every problem of every period is reported together, each once, as a ContentError naming the file and line to fix.
 */
import rawData from '../../data/locations.json' with { type: 'json' };
import rawText from '../../data/locations.json?raw';
import { ContentError } from '../content-problem.ts';
import type { ContentProblem } from '../content-problem.ts';
import { nodeValidationAtlas } from './atlas.ts';
import { fold } from './fold.ts';
import { parseOverrides } from './location-data.ts';
import { placeLocation } from './place.ts';
import type { Location, LocationKind, ValidationError } from './types.ts';
import { locationProblems, sharedCodes } from './validate.ts';

/** Where a report states its scope: the two lists, with source lines, and the file. */
export interface ScopeSource {
  scope: {
    regions: readonly { name: string; line: number | undefined }[];
    edgeLocations: readonly { name: string; line: number | undefined }[];
  };
  scopeFile: string;
}

const DATA_FILE = 'src/data/locations.json';

/** The overrides file as the build reads it: its parsed JSON and its text (for line numbers). */
export interface OverridesFile {
  raw: unknown;
  text: string;
}

const built = new WeakMap<readonly ScopeSource[], Map<ScopeSource['scope'], Location[]>>();

/**
 * Every period's locations, in report order (Regions, then edge locations), keyed by the period's scope.
 * Throws one ContentError listing every problem of every period once.
 */
export function siteLocations(
  sources: readonly ScopeSource[],
  file: OverridesFile = { raw: rawData, text: rawText },
): Map<ScopeSource['scope'], Location[]> {
  const real = file.raw === rawData;
  const cached = real ? built.get(sources) : undefined;
  if (cached) return cached;
  const atlas = nodeValidationAtlas();
  const { overrides, errors: shape } = parseOverrides(file.raw);
  const dataLine = (name: string): number | undefined => lineOf(file.text, name);
  const problems = new Map<string, ContentProblem>();
  // Each problem once: a name several periods list is reported at the first (newest) period that lists it.
  const add = (p: ContentProblem): void => void (problems.has(p.message) || problems.set(p.message, p));
  for (const e of shape) add({ file: DATA_FILE, line: dataLine(e.entry), message: `"${e.entry}" ${e.message}` });

  // A name is placed once however many periods list it: periods with equal lists share every result.
  const placed = new Map<string, ReturnType<typeof placeLocation>>();
  const listed = new Set<string>();
  const out = new Map<ScopeSource['scope'], Location[]>();
  for (const source of sources) {
    const items: [{ name: string; line: number | undefined }, LocationKind][] = [
      ...source.scope.regions.map((i): [typeof i, LocationKind] => [i, 'region']),
      ...source.scope.edgeLocations.map((i): [typeof i, LocationKind] => [i, 'edge']),
    ];
    const locations: Location[] = [];
    for (const [{ name, line }, kind] of items) {
      listed.add(name);
      const key = `${kind}\u0000${name}`;
      let result = placed.get(key);
      if (!result) {
        result = placeLocation(name, kind, overrides[name], atlas);
        if (result.location) result.errors.push(...locationProblems(result.location, atlas));
        placed.set(key, result);
      }
      for (const e of result.errors) add(where(e, overrides[name] !== undefined, source.scopeFile, line, dataLine));
      if (result.location) locations.push(result.location);
    }
    for (const e of sharedCodes(locations)) add(where(e, true, source.scopeFile, undefined, dataLine));
    out.set(source.scope, locations);
  }
  // A country's display name set by one override holds for every location there ("China" for both Hong Kong entries).
  const shownAs = new Map<string, string>();
  for (const { location } of placed.values())
    if (location && overrides[location.name]?.country) shownAs.set(location.isoNumeric, location.country);
  for (const { location } of placed.values()) if (location) location.country = shownAs.get(location.isoNumeric) ?? location.country;
  for (const name of Object.keys(overrides)) {
    if (listed.has(name)) continue;
    const like = [...listed].find((n) => fold(n) === fold(name));
    const message = like
      ? `"${name}" is in no report's lists; "${like}" looks like it: rename the override to the report's exact wording`
      : `"${name}" is in no report's lists: remove its override, or rename it to the report's exact wording`;
    add({ file: DATA_FILE, line: dataLine(name), message });
  }
  if (problems.size > 0) throw new ContentError([...problems.values()]);
  if (real) built.set(sources, out);
  return out;
}

/** Where to fix a problem: the override's line when it has one (or the problem is the override's), else the report's line. */
function where(
  e: ValidationError,
  hasOverride: boolean,
  scopeFile: string,
  line: number | undefined,
  dataLine: (name: string) => number | undefined,
): ContentProblem {
  const message = `"${e.entry}" ${e.message}`;
  return hasOverride && e.inOverrides ? { file: DATA_FILE, line: dataLine(e.entry), message } : { file: scopeFile, line, message };
}

/** The 1-based line of a top-level key in the JSON text. */
function lineOf(text: string, key: string): number | undefined {
  const at = text.indexOf(`${JSON.stringify(key)}:`);
  return at < 0 ? undefined : text.slice(0, at).split('\n').length;
}
