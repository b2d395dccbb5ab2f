/**
 * Location lists as the site reads them, for the geo unit tests: the real report's, and the present-day-size fixture's
 * (tests/fixtures/locations/), placed through the real pipeline (gazetteer, overrides, checks).
 */
import { readFileSync } from 'node:fs';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { extractScope } from '../../src/lib/extract-scope.ts';
import { siteLocations, type OverridesFile, type ScopeSource } from '../../src/lib/geo/report-locations.ts';
import type { Location } from '../../src/lib/geo/types.ts';
import { fixturePath, projectRoot } from './paths.ts';

/** The scope lists of an MDX section file, with their lines (front matter blanked so lines stay true). */
export function scopeOf(file: string, scopeFile = file): ScopeSource {
  const mdx = readFileSync(file, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, (fm) => fm.replace(/[^\n]/g, ' '));
  const { scope } = extractScope(unified().use(remarkParse).use(remarkMdx).parse(mdx));
  return { scope, scopeFile };
}

export const REAL_SCOPE_FILE = 'content/2017-04-01--2017-09-30/sections/aws-background.mdx';
export const realScope = scopeOf(`${projectRoot}/${REAL_SCOPE_FILE}`, REAL_SCOPE_FILE);
/** The real report's 61 locations, as the site places them. */
export const realLocations = (): Location[] => siteLocations([realScope]).get(realScope.scope)!;

export const PRESENT_DAY_FILE = 'tests/fixtures/locations/present-day-scope.mdx';
export const presentDayScope = scopeOf(fixturePath('locations/present-day-scope.mdx'), PRESENT_DAY_FILE);
export const presentDayOverrides: OverridesFile = {
  raw: JSON.parse(readFileSync(fixturePath('locations/locations.json'), 'utf8')),
  text: readFileSync(fixturePath('locations/locations.json'), 'utf8'),
};
/** 33 Regions and 120 edge cities on every continent, as the site places them. */
export const presentDayLocations = (): Location[] => siteLocations([presentDayScope], presentDayOverrides).get(presentDayScope.scope)!;
