/** The site's published URLs: what a build must keep producing (or redirect) once they are out. */
import { readFileSync, readdirSync } from 'node:fs';
import { pagePathOf } from '../../src/lib/built-files.ts';
import { distDir, fixturePath } from './paths.ts';

export const publishedUrlsFile = fixturePath('published-urls.txt');

/** Pages and data files a reader or a program may have linked to: everything built but assets, images and the search bundle. */
export function builtUrls(dir = distDir): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(html|json|csv|geojson|xml|txt)$/.test(f) && !/^(_astro|pagefind|og)[/\\]/.test(f))
    .map(pagePathOf)
    .sort();
}

export function publishedUrls(): string[] {
  return readFileSync(publishedUrlsFile, 'utf8')
    .split('\n')
    .filter((l) => l.startsWith('/'));
}
