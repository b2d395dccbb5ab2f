import { CONTINENTS } from './types.ts';
import type { Continent, Location } from './types.ts';

/** The site's own summary of the report's lists. */
export interface LocationSummary {
  regions: number;
  edges: number;
  countries: number;
}

/** Counts Regions, edge locations and distinct countries (by the site's display names). */
export function summarize(locations: readonly Location[]): LocationSummary {
  return {
    regions: locations.filter((l) => l.kind === 'region').length,
    edges: locations.filter((l) => l.kind === 'edge').length,
    countries: new Set(locations.map((l) => l.country)).size,
  };
}

/** Locations of one country, Regions first, each kind in report order. */
export interface CountryGroup {
  country: string;
  locations: Location[];
}

/** Countries of one continent, alphabetical. */
export interface ContinentGroup {
  continent: Continent;
  countries: CountryGroup[];
}

/** Groups for the table: continents alphabetical, then countries alphabetical, then Regions before edge locations. */
export function groupByContinent(locations: readonly Location[]): ContinentGroup[] {
  const byName = (a: string, b: string): number => a.localeCompare(b, 'en');
  return CONTINENTS.map((continent) => {
    const here = locations.filter((l) => l.continent === continent);
    const countries = [...new Set(here.map((l) => l.country))].sort(byName).map((country) => ({
      country,
      locations: [
        ...here.filter((l) => l.country === country && l.kind === 'region'),
        ...here.filter((l) => l.country === country && l.kind === 'edge'),
      ],
    }));
    return { continent, countries };
  }).filter((g) => g.countries.length > 0);
}
