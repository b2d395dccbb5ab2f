/**
 * Whether a report's location name can be placed, as the build will place it (the gazetteer, the site's
 * overrides, the in-country check), without the build: the import uses it to mark a place for review.
 */
import { nodeValidationAtlas } from './atlas.ts';
import { parseOverrides } from './location-data.ts';
import { placeLocation } from './place.ts';
import type { LocationKind } from './types.ts';
import { locationProblems } from './validate.ts';

/** A check over the overrides file's parsed JSON: the first reason a name cannot be placed, or undefined. */
export function placeChecker(overridesRaw: unknown): (name: string, kind: LocationKind) => string | undefined {
  const atlas = nodeValidationAtlas();
  const { overrides } = parseOverrides(overridesRaw);
  return (name, kind) => {
    const placed = placeLocation(name, kind, overrides[name], atlas);
    const errors = placed.location ? [...placed.errors, ...locationProblems(placed.location, atlas)] : placed.errors;
    return errors[0]?.message;
  };
}
