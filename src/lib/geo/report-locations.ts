/**
 * The report's locations joined with the site's coordinates, checked at build time:
 * any problem throws a ContentError naming the file and line to fix, which fails the build.
 */
import rawData from '../../data/locations.json' with { type: 'json' };
import { ContentError } from '../content-problem.ts';
import type { ContentProblem } from '../content-problem.ts';
import { nodeValidationAtlas } from './atlas.ts';
import { parseLocationData, resolveLocations } from './location-data.ts';
import type { Location } from './types.ts';
import { validateLocations } from './validate.ts';

/** Where the report states its scope: the two lists, with source lines, and the file. */
export interface ScopeSource {
  scope: {
    regions: readonly { name: string; line: number | undefined }[];
    edgeLocations: readonly { name: string; line: number | undefined }[];
  };
  scopeFile: string;
}

const DATA_FILE = 'src/data/locations.json';
const checked = new WeakMap<ScopeSource, Location[]>();

/** Every location the report names, with its site-added data, in report order; throws ContentError on any problem. */
export function reportLocations(source: ScopeSource, raw: unknown = rawData): Location[] {
  const cached = checked.get(source);
  if (cached) return cached;
  const report = {
    regions: source.scope.regions.map((r) => r.name),
    edges: source.scope.edgeLocations.map((e) => e.name),
  };
  const { data, errors: shape } = parseLocationData(raw);
  const errors = [...shape, ...validateLocations(report, data, nodeValidationAtlas())];
  if (errors.length > 0) {
    const lines = new Map([...source.scope.regions, ...source.scope.edgeLocations].map((i) => [i.name, i.line]));
    const problems = errors.map(({ entry, message }): ContentProblem => {
      // A report name with no data points at the report's line; everything else is the data file's to fix.
      const missing = !(entry in data) && lines.has(entry) && !shape.some((s) => s.entry === entry);
      return missing
        ? { file: source.scopeFile, line: lines.get(entry), message: `"${entry}" ${message}` }
        : { file: DATA_FILE, message: `"${entry}" ${message}` };
    });
    throw new ContentError(problems);
  }
  const locations = resolveLocations(report, data);
  checked.set(source, locations);
  return locations;
}
