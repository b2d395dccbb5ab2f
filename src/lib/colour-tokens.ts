import { readFileSync } from 'node:fs';

/** A colour token's two values. */
export interface ColourToken {
  light: string;
  dark: string;
}

/** The stylesheet that defines the site's colour tokens, relative to the project root. */
export const colourTokensFile = 'src/styles/colours.css';

/** The `--name: light-dark(light, dark);` declarations of a stylesheet, by name (without the dashes). */
export function parseColourTokens(css: string): Record<string, ColourToken> {
  const tokens: Record<string, ColourToken> = {};
  for (const [, name, light, dark] of css.matchAll(/--([\w-]+):\s*light-dark\(\s*([^,()]+?)\s*,\s*([^,()]+?)\s*\)\s*;/g)) {
    tokens[name!] = { light: light!, dark: dark! };
  }
  return tokens;
}

/** The site's colour tokens, read from {@link colourTokensFile}; throws when one the caller needs is missing. */
export function readColourTokens<K extends string>(names: readonly K[], root = process.cwd()): Record<K, ColourToken> {
  const tokens = parseColourTokens(readFileSync(`${root}/${colourTokensFile}`, 'utf8'));
  const missing = names.filter((n) => !tokens[n]);
  if (missing.length > 0) throw new Error(`${colourTokensFile} defines no ${missing.map((n) => `--${n}`).join(', ')} as light-dark(…)`);
  return tokens as Record<K, ColourToken>;
}
