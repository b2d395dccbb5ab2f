import { describe, expect, it } from 'vitest';
import { builtUrls, publishedUrls } from '../helpers/published-urls.ts';

describe('published URLs stay published', () => {
  const built = new Set(builtUrls());
  const published = publishedUrls();

  it('builds every URL ever published (or a redirect for it, configured in astro.config.mjs)', () => {
    expect(
      published.filter((u) => !built.has(u)),
      'missing: restore the page or add a redirect',
    ).toEqual([]);
  });

  it('lists every URL the build produces (run `npm run urls:update` after adding pages)', () => {
    const listed = new Set(published);
    expect([...built].filter((u) => !listed.has(u))).toEqual([]);
  });
});
