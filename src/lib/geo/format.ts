import type { Location, LocationKind } from './types.ts';

/** Human label for a kind, as the report says it. */
export function kindLabel(kind: LocationKind): string {
  return kind === 'region' ? 'Region' : 'Edge location';
}

/** What follows a marker's name: "kind, country[, code]". */
export function markerDetails(loc: Pick<Location, 'kind' | 'country' | 'code'>): string {
  return [kindLabel(loc.kind), loc.country, ...(loc.code ? [loc.code] : [])].join(', ');
}

/** Accessible name of a marker: "name — kind, country[, code]". */
export function markerName(loc: Pick<Location, 'name' | 'kind' | 'country' | 'code'>): string {
  return `${loc.name} — ${markerDetails(loc)}`;
}
