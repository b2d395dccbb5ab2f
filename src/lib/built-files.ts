import { readdir } from 'node:fs/promises';
import { sep } from 'node:path';
import { searchBundle } from './urls.ts';

/** Whether a file of a build output (its path relative to it) is a page: HTML, and not the search bundle's. */
export const isPageFile = (file: string): boolean => file.endsWith('.html') && !file.startsWith(searchBundle.dir);

/** The HTML pages of a build output, as paths relative to it. */
export async function builtHtmlFiles(dir: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true })).filter(isPageFile);
}

/** A built page's URL path, from its file's path relative to the build output: `services/index.html` → `/services/`. */
export const pagePathOf = (file: string): string => `/${file.split(sep).join('/')}`.replace(/(?<=\/)index\.html$/, '');

/** The file that answers a URL path, relative to the build output: `/services/` → `/services/index.html`. */
export const pageFileOf = (urlPath: string): string => (urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath);
