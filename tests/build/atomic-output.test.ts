/**
 * Publication, all or nothing, in real builds of the tiny site (tests/fixtures/tiny-site/: three pages of the
 * report's text, built in seconds): a build whose content is broken says why at its file and line and
 * publishes nothing; a build whose deploy/ cannot be replaced fails and changes neither dist/ nor deploy/;
 * the next good build replaces both whole. (Each way content can break is a unit test:
 * tests/unit/bad-input.test.ts; the swap's every step: tests/unit/atomic-output.test.ts.)
 *
 * The copy has only the packages `npm ci --omit=dev` installs, so these builds also keep the README's promise
 * that a deploy pipeline builds with `npm ci --omit=dev && npm run build` (tests/unit/dependencies.test.ts reads
 * the imports; here a build runs without the dev dependencies).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expectAlone, occurrences } from '../helpers/build-output.ts';
import { makeImmutable } from '../helpers/immutable.ts';
import { tinyPeriod as P, tinySiteCopy } from '../helpers/tiny-site.ts';

/** Every file under a folder with a hash of its bytes: equal snapshots, unchanged folders. */
function snapshot(folder: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(folder, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => {
        const path = join(e.parentPath, e.name);
        return [path.slice(folder.length), createHash('sha256').update(readFileSync(path)).digest('hex')];
      })
      .sort(),
  );
}

describe('the build publishes dist/ and deploy/ together, or nothing, with only the production packages', () => {
  const copy = tinySiteCopy('production');
  let unlock = () => {};
  afterAll(() => {
    unlock();
    copy.dispose();
  });
  const at = (path: string) => join(copy.root, path);
  // What a previous build published: files only it has, in both folders.
  mkdirSync(at('dist'));
  mkdirSync(at('deploy'));
  writeFileSync(at('dist/index.html'), '<!doctype html><title>previous</title>');
  writeFileSync(at('dist/left-by-the-last-build.txt'), 'a file only the previous dist/ has');
  writeFileSync(at('deploy/nginx.conf'), '# the previous build’s configuration');
  const previous = { dist: snapshot(at('dist')), deploy: snapshot(at('deploy')) };
  const unchanged = () => {
    expect(snapshot(at('dist'))).toEqual(previous.dist);
    expect(snapshot(at('deploy'))).toEqual(previous.deploy);
  };

  it('the copy has the packages `npm ci --omit=dev` installs, and no dev dependency', () => {
    for (const prod of ['astro', '@astrojs/mdx', 'pagefind', 'vite']) expect(existsSync(at(`node_modules/${prod}`)), prod).toBe(true);
    for (const dev of ['vitest', 'eslint', 'typescript', 'playwright-core', '@astrojs/check', 'html-validate'])
      expect(existsSync(at(`node_modules/${dev}`)), dev).toBe(false);
  });

  it('a build with broken content says what to fix at its file and line, each problem once and alone, and publishes nothing', () => {
    // Places the gazetteer does not have, found while the pages render (after the early check, with the staging
    // folder half written): all of them together, each once.
    const background = `${P}/sections/aws-background.mdx`;
    const good = copy.read(background);
    copy.replace(background, '- Melbourne, Australia\n', '- Melbourne, Australia\n- Atlantis, Australia\n');
    copy.replace(background, '<Region>US East (Ohio)</Region>', '<Region>US East (Ohio)</Region>, <Region>Europe (Gondor)</Region>');
    const broken = copy.build();
    copy.write(background, good);
    expect(broken.status, broken.output).not.toBe(0);
    for (const [line, problem] of [
      [17, '"Europe (Gondor)" the gazetteer has no place "Gondor"'],
      [24, '"Atlantis, Australia" the gazetteer has no place "Atlantis" in Australia'],
    ] as const) {
      expect(occurrences(broken.output, problem), broken.output).toBe(1);
      expect(broken.output).toMatch(new RegExp(`^${background}:${line}: ${problem.replace(/[()]/g, '\\$&')}`, 'm'));
    }
    expectAlone(broken.output);
    unchanged();
  }, 240_000);

  it('a build whose deploy/ cannot be replaced fails, saying so, and changes neither dist/ nor deploy/', () => {
    unlock = makeImmutable(at('deploy'));
    const blocked = copy.build();
    unlock();
    expect(blocked.status, blocked.output).not.toBe(0);
    expect(blocked.output).toMatch(
      /could not publish the build \(.*deploy.*\): nothing was published, dist\/ and deploy\/ are as they were/,
    );
    unchanged();
  }, 240_000);

  it('the next good build replaces both whole, and leaves no staging or old folder', () => {
    const good = copy.build();
    expect(good.status, good.output).toBe(0);
    for (const leftover of ['dist.staging', 'deploy.staging', 'dist.old', 'deploy.old'])
      expect(existsSync(at(leftover)), leftover).toBe(false);
    expect(existsSync(at('dist/left-by-the-last-build.txt'))).toBe(false);
    expect(existsSync(at('dist/pagefind/pagefind.js'))).toBe(true);
    expect(readFileSync(at('dist/categories/storage/index.html'), 'utf8')).toContain('Amazon Glacier');
    expect(readFileSync(at('deploy/nginx.conf'), 'utf8')).toContain(`root ${at('dist')};`);

    // Built without a public URL (no SITE_URL, none in site.config.ts): no absolute URL that would be wrong, and
    // the build says so as it ends: the warning is its last word, before Astro's own summary lines.
    const ending = good.output.trim().split('\n').slice(-3);
    expect(ending.slice(1)).toEqual([
      expect.stringMatching(/\[build\] \d+ page\(s\) built in/),
      expect.stringMatching(/\[build\] Complete!$/),
    ]);
    expect(ending[0]).toMatch(
      /\[WARN\] \[soc3-site-url\] no public URL is set: .*Set publicUrl in site\.config\.ts, or build with SITE_URL=/,
    );
    const home = readFileSync(at('dist/index.html'), 'utf8');
    for (const tag of ['rel="canonical"', 'property="og:url"', 'property="og:image"', 'name="twitter:image"', 'rel="alternate"'])
      expect(home, tag).not.toContain(tag);
    for (const file of ['sitemap-index.xml', 'sitemap-0.xml', 'feed.xml', 'feed.json', 'og'])
      expect(existsSync(at(`dist/${file}`)), file).toBe(false);
    expect(readFileSync(at('dist/robots.txt'), 'utf8')).not.toContain('Sitemap:');
    expect(JSON.parse(readFileSync(at('dist/services.json'), 'utf8'))[0].url).toMatch(/^\/services\/[a-z0-9-]+\/$/);
    // Namespace names (schema.org in JSON-LD, SVG's in the inlined icon) are identifiers, not links to a host.
    expect(home).not.toMatch(/https?:\/\/(?!schema\.org|www\.w3\.org\/2000\/svg)[^"'\s]*/);
  }, 240_000);
});
