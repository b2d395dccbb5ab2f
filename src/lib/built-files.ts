import { readdir } from 'node:fs/promises';
import { searchBundle } from './urls.ts';

/** The HTML pages of a build output, as paths relative to it; the search bundle's own files aside. */
export async function builtHtmlFiles(dir: string): Promise<string[]> {
  const all = await readdir(dir, { recursive: true });
  return all.filter((f) => f.endsWith('.html') && !f.startsWith(searchBundle.dir));
}
