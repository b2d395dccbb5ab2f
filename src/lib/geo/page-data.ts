import { mapsFor, type Maps } from './maps.ts';
import { siteLocations, type ScopeSource } from './report-locations.ts';
import { summarize, type LocationSummary } from './summary.ts';
import type { Location } from './types.ts';

/** Everything the locations page and its GeoJSON show for one period, prepared once in route data. */
export interface LocationsPage {
  /** In report order: Regions, then edge locations. */
  locations: Location[];
  summary: LocationSummary;
  maps: Maps;
}

/** One period's locations page; every period's locations are placed and checked together on the first call. */
export function locationsPage(period: ScopeSource, all: readonly ScopeSource[]): LocationsPage {
  const locations = siteLocations(all).get(period.scope);
  if (!locations) throw new Error(`${period.scopeFile}: its period is not among the site's periods`);
  return { locations, summary: summarize(locations), maps: mapsFor(locations) };
}
