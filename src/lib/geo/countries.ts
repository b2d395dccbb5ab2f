/**
 * Countries by name and by code, from packages: names, aliases and continents from countries-list, ISO 3166-1
 * numeric codes (the ids of Natural Earth's shapes) from i18n-iso-countries. Nothing here is typed by hand.
 */
import { continents, countries, type TCountryCode } from 'countries-list';
import isoCountries from 'i18n-iso-countries';
import english from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import { fold } from './fold.ts';
import type { Continent } from './types.ts';

isoCountries.registerLocale(english);

/** What the site shows and checks for one country. */
export interface CountryFacts {
  /** ISO 3166-1 alpha-2. */
  code: string;
  /** Display name (countries-list's common English name). */
  name: string;
  /** ISO 3166-1 numeric, as Natural Earth ids its shapes. */
  isoNumeric: string;
  continent: Continent;
}

const isCode = (code: string): code is TCountryCode => Object.hasOwn(countries, code);

/** Every name a country goes by (common, native, aliases), folded, to its code. */
const byName = new Map<string, string>(
  Object.entries(countries).flatMap(([code, c]) =>
    [c.name, c.native, ...(('alias' in c ? c.alias : undefined) ?? [])].map((n): [string, string] => [fold(n), code]),
  ),
);

/** The alpha-2 code of a country as a report may write it ("Korea" is not enough: an override says which). */
export function countryCode(name: string): string | undefined {
  const upper = name.trim().toUpperCase();
  if (upper.length === 2 && isCode(upper)) return upper;
  return byName.get(fold(name)) ?? isoCountries.getAlpha2Code(name, 'en');
}

/** Facts about the country with this alpha-2 code, or undefined for an unknown code. */
export function countryFacts(code: string): CountryFacts | undefined {
  if (!isCode(code)) return undefined;
  const c = countries[code];
  const isoNumeric = isoCountries.alpha2ToNumeric(code);
  if (!isoNumeric) return undefined;
  return { code, name: c.name, isoNumeric, continent: continents[c.continent] as Continent };
}
