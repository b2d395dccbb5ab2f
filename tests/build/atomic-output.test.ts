/**
 * The wiring of a failed build, in one real build of a broken copy of the project: the content's problem
 * reaches the console as `file:line: what to fix`, the build exits non-zero, and the published dist/ stays
 * as it was; the next good build replaces it whole. (Each way content can break is a unit test:
 * tests/unit/bad-input.test.ts.)
 */
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { distDir } from '../helpers/paths.ts';
import { copyProject } from '../helpers/project-copy.ts';

const P = 'content/2017-04-01--2017-09-30';

describe('a failed build says why and leaves the previous dist/ untouched', () => {
  const copy = copyProject();
  afterAll(() => copy.dispose());
  const dist = (path: string) => join(copy.root, 'dist', path);
  // The copy starts with a published site: the build this test run made.
  cpSync(distDir, join(copy.root, 'dist'), { recursive: true });

  it('fails with the problem at its file and line, keeps dist/, and the next good build replaces it', () => {
    const before = readFileSync(dist('sections/people/index.html'), 'utf8');
    writeFileSync(dist('left-by-the-last-build.txt'), 'a file only the previous dist/ has');

    // A problem found while the pages render (after the early check, with the staging folder half written).
    const glacier = /## Amazon Glacier\n\n.*\n\n/;
    const description = glacier.exec(copy.read(`${P}/categories/storage.mdx`))![0];
    copy.replace(`${P}/categories/storage.mdx`, glacier, '');
    const broken = copy.build();
    expect(broken.status, broken.output).not.toBe(0);
    expect(broken.output).toContain(
      `${P}/sections/aws-background.mdx:35: service "Amazon Glacier" is in scope but has no description: add "## Amazon Glacier" and its paragraphs to its category file`,
    );
    expect(readFileSync(dist('sections/people/index.html'), 'utf8')).toBe(before);
    expect(existsSync(dist('left-by-the-last-build.txt'))).toBe(true);
    expect(existsSync(dist('pagefind/pagefind.js'))).toBe(true);

    copy.replace(
      `${P}/categories/storage.mdx`,
      '## Amazon Simple Storage Service (S3)',
      `${description}## Amazon Simple Storage Service (S3)`,
    );
    const good = copy.build();
    expect(good.status, good.output).toBe(0);
    expect(existsSync(join(copy.root, 'dist.staging'))).toBe(false);
    expect(existsSync(dist('left-by-the-last-build.txt'))).toBe(false);
    expect(existsSync(dist('pagefind/pagefind.js'))).toBe(true);
    expect(readFileSync(dist('categories/storage/index.html'), 'utf8')).toContain('Amazon Glacier');

    // Built without a public URL (no SITE_URL, none in site.config.ts): no absolute URL that would be wrong, and
    // the build says so as it ends.
    // The warning is the build's last word, before Astro's own summary lines.
    const ending = good.output.trim().split('\n').slice(-3);
    expect(ending.slice(1)).toEqual([
      expect.stringMatching(/\[build\] \d+ page\(s\) built in/),
      expect.stringMatching(/\[build\] Complete!$/),
    ]);
    expect(ending[0]).toMatch(
      /\[WARN\] \[soc3-site-url\] no public URL is set: .*Set publicUrl in site\.config\.ts, or build with SITE_URL=/,
    );
    const home = readFileSync(dist('index.html'), 'utf8');
    for (const tag of ['rel="canonical"', 'property="og:url"', 'property="og:image"', 'name="twitter:image"', 'rel="alternate"'])
      expect(home, tag).not.toContain(tag);
    for (const file of ['sitemap-index.xml', 'sitemap-0.xml', 'feed.xml', 'feed.json', 'og'])
      expect(existsSync(dist(file)), file).toBe(false);
    expect(readFileSync(dist('robots.txt'), 'utf8')).not.toContain('Sitemap:');
    expect(JSON.parse(readFileSync(dist('services.json'), 'utf8'))[0].url).toMatch(/^\/services\/[a-z0-9-]+\/$/);
    // Namespace names (schema.org in JSON-LD, SVG's in the inlined icon) are identifiers, not links to a host.
    expect(home).not.toMatch(/https?:\/\/(?!schema\.org|www\.w3\.org\/2000\/svg)[^"'\s]*/);
  }, 180_000);
});
