/**
 * Records the URLs of the current build as published: `npm run urls:update` after adding pages.
 * URLs already published stay listed; remove one only together with a redirect in astro.config.mjs.
 */
import { writeFileSync } from 'node:fs';
import { builtUrls, publishedUrls, publishedUrlsFile } from '../helpers/published-urls.ts';

let previous: string[] = [];
try {
  previous = publishedUrls();
} catch {
  // First run: no list yet.
}
const urls = [...new Set([...previous, ...builtUrls()])].sort();
const header = '# Published URLs: every build must produce each (or redirect it). Update with `npm run urls:update`.\n';
writeFileSync(publishedUrlsFile, `${header}${urls.join('\n')}\n`);
console.log(`${urls.length} published URLs in ${publishedUrlsFile} (${urls.length - previous.length} new)`);
