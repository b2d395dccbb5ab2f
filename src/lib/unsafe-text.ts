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

/** A character's code point as a message writes it: U+00A0. */
export const codePoint = (c: string): string => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** Spaces that look like the ordinary one (U+0020) and are not; a PDF's text or an office document brings them along. */
const lookAlikeSpaces = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/u;
const spaceNames: Record<string, string> = {
  ' ': 'space',
  '\u00A0': 'no-break space',
  '\u2002': 'en space',
  '\u2003': 'em space',
  '\u2007': 'figure space',
  '\u2009': 'thin space',
  '\u200A': 'hair space',
  '\u202F': 'narrow no-break space',
  '\u3000': 'ideographic space',
};

/** A character as a message shows it: its code point, and its name (a space) or itself (a visible one). */
export function describeChar(c: string): string {
  const name = spaceNames[c];
  if (name) return `${codePoint(c)} (${name})`;
  return /^[\p{L}\p{N}\p{P}\p{S}]$/u.test(c) ? `${codePoint(c)} "${c}"` : codePoint(c);
}

/** Characters a name must not hold, each class with what it is and what to do. */
const invisible: [RegExp, string, string][] = [
  [/\p{Cc}/u, 'a control character', 'delete it'],
  [/[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u, 'a bidirectional control (it reorders the text as displayed)', 'delete it'],
  [/[\u00AD\u180E\u200B-\u200D\u2060-\u2064\uFEFF]/u, 'an invisible (zero-width) character', 'delete it'],
  [
    lookAlikeSpaces,
    'a look-alike space (it shows as a space but is another character, so the name differs from the same name typed with spaces)',
    'replace it with an ordinary space',
  ],
];

/** A slug becomes a folder's or file's name (`services/<slug>/`, `og/services/<slug>.png`): file systems allow 255 bytes. */
export const maxSlugLength = 200;

/**
 * What is wrong with a name (a service name, a heading, a scope entry), or undefined. `source` is the file's
 * line that writes the name: where the name is found in it as it is, a character is placed by its column in
 * the file; otherwise by its place in the name. `named: false` for a name that never becomes a file's (a
 * section's heading: its file name is its address), so any length is right.
 */
export function nameProblem(name: string, what: string, source?: string, { named = true } = {}): string | undefined {
  for (const [pattern, kind, fix] of invisible) {
    const at = pattern.exec(name);
    if (!at) continue;
    const shown = name.replace(new RegExp(pattern.source, 'gu'), (c) => `<${codePoint(c)}>`);
    const start = source?.indexOf(name) ?? -1;
    const place = start >= 0 ? `column ${start + at.index + 1}` : `character ${at.index + 1}`;
    return `${what} "${shown}" holds ${kind}, ${describeChar(at[0])}, at ${place}: ${fix} (the report's names have none; pasted text often brings one along)`;
  }
  const slug = slugify(name);
  if (named && Buffer.byteLength(slug) > maxSlugLength)
    return `${what} "${name.slice(0, 40)}…" is too long: its slug, a folder's name, would have ${Buffer.byteLength(slug)} characters (at most ${maxSlugLength}); check the line holds only the name, as the report writes it`;
  return undefined;
}
