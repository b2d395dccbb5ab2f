import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, page } from '../helpers/dist.ts';
import { distDir } from '../helpers/paths.ts';

const ids = new Map<string, Set<string>>();
/** Ids on a built page (cached), for checking #fragments. */
function idsOf(path: string): Set<string> {
  if (!ids.has(path)) ids.set(path, new Set(Array.from(page(path).querySelectorAll('[id]'), (el) => el.id)));
  return ids.get(path)!;
}

/** The built file a root-relative URL path is served from, or undefined. */
function fileFor(pathname: string): string | undefined {
  const decoded = decodeURIComponent(pathname);
  const candidates = decoded.endsWith('/') ? [`${decoded}index.html`] : [decoded, `${decoded}/index.html`];
  return candidates.map((c) => join(distDir, c)).find((f) => existsSync(f));
}

const site = new URL(page('/').querySelector('link[rel="canonical"]')!.getAttribute('href')!).origin;

describe('every internal link, source and #fragment resolves', () => {
  it.each(builtPages())('%s', (path) => {
    const doc = page(path);
    const broken: string[] = [];
    const refs = Array.from(
      doc.querySelectorAll('[href], [src]'),
      (el) => [el.tagName.toLowerCase(), el.getAttribute('href') ?? el.getAttribute('src')!] as const,
    );
    refs.push(
      ...Array.from(
        doc.querySelectorAll('meta[property="og:image"], meta[property="og:url"]'),
        (el) => ['meta', el.getAttribute('content')!] as const,
      ),
    );
    for (const [tag, ref] of refs) {
      const url = new URL(ref, `${site}${path}`);
      if (url.origin !== site || /^(mailto|tel|data):/.test(ref)) continue;
      const target = fileFor(url.pathname);
      if (!target) broken.push(`<${tag}> ${ref}: no built file`);
      else if (url.hash && target.endsWith('.html')) {
        const targetPath = url.pathname.endsWith('/') || url.pathname.endsWith('.html') ? url.pathname : `${url.pathname}/`;
        const id = decodeURIComponent(url.hash.slice(1));
        if (!idsOf(targetPath).has(id)) broken.push(`<${tag}> ${ref}: no id "${id}" on ${targetPath}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('catches a broken link (the check itself can fail)', () => {
    expect(fileFor('/services/no-such-service/')).toBeUndefined();
    expect(idsOf('/categories/compute/').has('no-such-anchor')).toBe(false);
  });
});

describe('links to other sites', () => {
  it('carry rel="noopener noreferrer"', () => {
    const bad = builtPages().flatMap((path) =>
      Array.from(page(path).querySelectorAll('a[href^="http"]'))
        .filter((a) => new URL(a.getAttribute('href')!).origin !== site)
        .filter((a) => !/\bnoopener\b/.test(a.getAttribute('rel') ?? '') || !/\bnoreferrer\b/.test(a.getAttribute('rel') ?? ''))
        .map((a) => `${path}: ${a.getAttribute('href')}`),
    );
    expect(bad).toEqual([]);
  });
});
