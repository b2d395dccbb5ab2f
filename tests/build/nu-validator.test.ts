/**
 * The W3C Nu Html Checker (vnu-jar, on Debian's default-jre-headless) over every page of the sitemap, in one
 * run of the JVM. It reads HTML as browsers do and knows the current HTML standard, so it finds what
 * html-validate does not (a stray element after </html>, a wrong ARIA attribute on an element). Every message
 * counts, warnings included, except those listed below, each with the reason it is not a fault of the page.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { fileOf, sitemapPaths } from '../helpers/dist.ts';

const require = createRequire(import.meta.url);

/** Messages judged noise, each with the reason it is not a fault of the page. */
const noise: { is: (m: NuMessage) => boolean; why: string }[] = [
  {
    is: (m) => /^Resource violates Content Security Policy/.test(m.message),
    why: "the checker reads pages as file: URLs, which the policy's 'self' does not match; over HTTP they load",
  },
  {
    is: (m) => /^Inline script violates Content Security Policy/.test(m.message) && /type="application\/ld\+json"/.test(m.extract ?? ''),
    why: 'a JSON-LD block is data, not a script: no policy governs it (CSP 3, "script-like" destinations only)',
  },
  {
    is: (m) => /^CSS: “(container|vector-effect|animation-timeline)”: Property “\1” doesn.t exist\.$/.test(m.message),
    why: "the checker's CSS grammar predates container queries, SVG 2's vector-effect in CSS and scroll-driven animations; Chromium applies all three",
  },
];

interface NuMessage {
  type: string;
  subType?: string;
  url: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

function java(): string {
  const found = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (found.error || found.status !== 0)
    throw new Error('the Nu Html Checker needs Java: apt-get install -y default-jre-headless (.ci/run installs it)');
  return 'java';
}

describe('the Nu Html Checker finds nothing on any page of the sitemap', () => {
  // The sitemap's pages and the 404 page, which no sitemap lists.
  const paths = [...sitemapPaths(), '/404.html'];

  it('found the sitemap’s pages', () => {
    expect(paths.length).toBeGreaterThan(70);
  });

  it('reports no error and no warning', () => {
    const jar = require.resolve('vnu-jar/build/dist/vnu.jar');
    // A run of seconds: the JVM's quick compiler alone and one garbage-collector thread do it in less than half the
    // CPU (4.7 s against 11 s, with the same messages); the quick compiler's larger frames need a larger stack.
    const jvm = ['-Xss4m', '-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC'];
    const run = spawnSync(
      java(),
      [...jvm, '-jar', jar, '--format', 'json', '--stdout', '--also-check-svg', ...paths.map((p) => fileOf(p))],
      {
        encoding: 'utf8',
        maxBuffer: 64 * 2 ** 20,
      },
    );
    if (run.error) throw run.error;
    const { messages } = JSON.parse(run.stdout) as { messages: NuMessage[] };
    const found = messages
      .filter((m) => !noise.some((n) => n.is(m)))
      .map(
        (m) =>
          `${m.url.replace(/^.*\/dist\//, '/')}:${m.lastLine ?? '?'}: ${m.type}${m.subType ? `/${m.subType}` : ''}: ${m.message} «${m.extract?.trim().slice(0, 80) ?? ''}»`,
      );
    expect(found).toEqual([]);
  }, 120_000);
});
