/**
 * Text the report never holds and a page must not: links whose scheme runs code or renders a document of its
 * own, and, in names (service names, headings, scope entries), characters that cannot be seen or that reorder
 * what is seen, and names too long to become a file's name. The content check (check-content-file.ts) refuses
 * each at its line.
 */
import { slugify } from './slug.ts';

/** Schemes a link must not have: they run script (`javascript:`, `vbscript:`) or render a document of their own (`data:`). */
const refusedSchemes = new Set(['javascript', 'vbscript', 'data']);

/** The scheme of a link as a browser reads it (URL standard: surrounding controls and spaces, tabs and newlines ignored), lowercased. */
export function linkScheme(url: string): string | undefined {
  const cleaned = url.replace(/^[\p{Cc} ]+|[\p{Cc} ]+$/gu, '').replace(/[\t\n\r]/g, '');
  return /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase();
}

/** What is wrong with a link's address, or undefined. */
export function linkProblem(url: string): string | undefined {
  const scheme = linkScheme(url);
  if (!scheme || !refusedSchemes.has(scheme)) return undefined;
  const shown = url.length > 40 ? `${url.slice(0, 40)}…` : url;
  return `a link to "${shown}": ${scheme}: links ${scheme === 'data' ? 'open a document the site did not publish' : 'run code'} and are not allowed; link to an https:// address or a page of the site, or remove the link`;
}

/** Characters a name must not hold, each class with what it is. */
const invisible: [RegExp, string][] = [
  [/\p{Cc}/u, 'a control character'],
  [/[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u, 'a bidirectional control (it reorders the text as displayed)'],
  [/[\u00AD\u180E\u200B-\u200D\u2060-\u2064\uFEFF]/u, 'an invisible (zero-width) character'],
];

/** A slug becomes a folder's or file's name (`services/<slug>/`, `og/services/<slug>.png`): file systems allow 255 bytes. */
export const maxSlugLength = 200;

/**
 * What is wrong with a name (a service name, a heading, a scope entry), or undefined. `named: false` for a name
 * that never becomes a file's (a section's heading: its file name is its address), so any length is right.
 */
export function nameProblem(name: string, what: string, { named = true } = {}): string | undefined {
  for (const [pattern, kind] of invisible) {
    const at = pattern.exec(name);
    if (!at) continue;
    const code = `U+${at[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
    const shown = name.replace(
      new RegExp(pattern.source, 'gu'),
      (c) => `<U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}>`,
    );
    return `${what} "${shown}" holds ${kind}, ${code}, at character ${at.index + 1}: delete it (the report's names have none; pasted text often brings one along)`;
  }
  const slug = slugify(name);
  if (named && Buffer.byteLength(slug) > maxSlugLength)
    return `${what} "${name.slice(0, 40)}…" is too long: its slug, a folder's name, would have ${Buffer.byteLength(slug)} characters (at most ${maxSlugLength}); check the line holds only the name, as the report writes it`;
  return undefined;
}
