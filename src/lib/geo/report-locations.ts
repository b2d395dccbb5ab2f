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
// Keyed by the scope, which a period's root and pinned reports share: each period is checked once.
const checked = new WeakMap<ScopeSource['scope'], Location[]>();

/** Every location the report names, with its site-added data, in report order; throws ContentError on any problem. */
export function reportLocations(source: ScopeSource, others: readonly ScopeSource[] = [], raw: unknown = rawData): Location[] {
  const cached = raw === rawData ? checked.get(source.scope) : undefined;
  if (cached) return cached;
  const report = {
    regions: source.scope.regions.map((r) => r.name),
    edges: source.scope.edgeLocations.map((e) => e.name),
  };
  const { data, errors: shape } = parseLocationData(raw);
  const otherNames = new Set(others.flatMap((o) => [...o.scope.regions, ...o.scope.edgeLocations].map((l) => l.name)));
  const errors = [...shape, ...validateLocations(report, data, nodeValidationAtlas(), otherNames)];
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
  if (raw === rawData) checked.set(source.scope, locations);
  return locations;
}
