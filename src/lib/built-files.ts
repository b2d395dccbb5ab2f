import { readdir } from 'node:fs/promises';
import { sep } from 'node:path';
import { searchBundle } from './urls.ts';

/** The HTML pages of a build output, as paths relative to it; the search bundle's own files aside. */
export async function builtHtmlFiles(dir: string): Promise<string[]> {
  const all = await readdir(dir, { recursive: true });
  return all.filter((f) => f.endsWith('.html') && !f.startsWith(searchBundle.dir));
}

/** A built page's URL path, from its file's path relative to the build output: `services/index.html` → `/services/`. */
export const pagePathOf = (file: string): string => `/${file.split(sep).join('/')}`.replace(/index\.html$/, '');

/** The file that answers a URL path, relative to the build output: `/services/` → `/services/index.html`. */
export const pageFileOf = (urlPath: string): string => (urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath);
