/**
 * The build's pass over its pages (src/integrations/serving.ts, in a thread of its own: in-thread.ts): each page's
 * `<meta>` policy cut to its own hashes (tightenPage in src/lib/csp.ts), and whether it is an HTML redirect.
 * Parsing a page is the whole cost (3.3 ms a page with parse5: 20 s of CPU on every build of a 20-period site's
 * 4875 pages), and most pages are the same as in the build before. So a result is remembered under the hash of the
 * page and of the code that decides it (every file of src/lib, and parse5's package.json): a page unchanged since
 * an earlier build is not parsed again, and a change to the rules is never answered from the cache. An entry is
 * the page's few edits, its policy and its redirect, as JSON, written whole or not at all (writeFileAtomic); one
 * that does not read as such is worked out again.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { findPackageJSON } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeFileAtomic } from '../atomic-file.ts';
import { builtHtmlFiles, pagePathOf } from '../built-files.ts';
import { findElement, spliceHtml, type HtmlEdit, type HtmlElement } from '../built-html.ts';
import { tightenPage } from '../csp.ts';
import type { Redirect } from './policy.ts';

/** What the pass learns from a page: how to tighten it, its own policy, where it redirects to (if it is a redirect). */
export interface PageFacts {
  edits: HtmlEdit[];
  policy: string;
  redirect: string | undefined;
}

/** The address a page that is an HTML redirect (an old address) sends its reader to. */
export function redirectTarget(elements: readonly HtmlElement[]): string | undefined {
  const refresh = findElement(elements, 'meta', { 'http-equiv': 'refresh' })?.attrs['content'];
  return refresh === undefined ? undefined : /^\s*0\s*;\s*url\s*=\s*(.+)$/i.exec(refresh)?.[1]?.trim();
}

const libFolder = fileURLToPath(new URL('..', import.meta.url));

/** The hash of the code that decides a page's facts: the source of every file of src/lib, and parse5's package.json (its version). */
async function rulesHash(): Promise<string> {
  const hash = createHash('sha256').update(await readFile(findPackageJSON('parse5', import.meta.url)!));
  const files = (await readdir(libFolder, { recursive: true, encoding: 'utf8' })).filter((f) => f.endsWith('.ts')).sort();
  for (const file of files) hash.update(file).update(await readFile(join(libFolder, file)));
  return hash.digest('hex');
}

/** Whether a stored entry reads as the facts of a page `length` characters long (else it is worked out again). */
const isFacts = (value: unknown, length: number): value is PageFacts => {
  const facts = value as Partial<PageFacts> | null;
  return (
    typeof facts?.policy === 'string' &&
    ['string', 'undefined'].includes(typeof facts.redirect) &&
    Array.isArray(facts.edits) &&
    facts.edits.every(
      (e: Partial<HtmlEdit>) =>
        typeof e.text === 'string' &&
        Array.isArray(e.span) &&
        Number.isInteger(e.span[0]) &&
        Number.isInteger(e.span[1]) &&
        0 <= e.span[0] &&
        e.span[0] <= e.span[1] &&
        e.span[1] <= length,
    )
  );
};

/**
 * A cache of page facts in `folder`: `facts(html, page)` gives a page's facts and the HTML tightened by them, from
 * the cache when the same page was seen before; `reused` counts those.
 */
export async function pageFactsCache(folder: string) {
  await mkdir(folder, { recursive: true });
  const rules = await rulesHash();
  const stats = { reused: 0 };
  return {
    stats,
    async facts(html: string, page: string): Promise<PageFacts & { html: string }> {
      const entry = join(folder, `${createHash('sha256').update(rules).update(html).digest('hex')}.json`);
      const stored: unknown = await readFile(entry, 'utf8')
        .then(JSON.parse)
        .catch(() => undefined);
      if (isFacts(stored, html.length)) {
        stats.reused++;
        return { ...stored, html: spliceHtml(html, stored.edits) };
      }
      const tightened = tightenPage(html, page);
      const facts: PageFacts = { edits: tightened.edits, policy: tightened.policy, redirect: redirectTarget(tightened.elements) };
      // JSON has no undefined: an absent redirect is left out, and read back as undefined.
      await writeFileAtomic(entry, JSON.stringify(facts));
      return { ...facts, html: tightened.html };
    },
  };
}

/** What the pass over a build's pages gives the serving policy: each page's own policy, the redirects, the reuse. */
export interface TightenedPages {
  policies: string[];
  redirects: Redirect[];
  /** Pages whose facts came from the cache. */
  reused: number;
}

/** Tightens every page of the build output `dir` in place, with the facts cache in `cache`. */
export async function tightenPages(dir: string, cache: string): Promise<TightenedPages> {
  const cached = await pageFactsCache(cache);
  const policies: string[] = [];
  const redirects: Redirect[] = [];
  for (const file of await builtHtmlFiles(dir)) {
    const path = pagePathOf(file);
    const html = await readFile(join(dir, file), 'utf8');
    const facts = await cached.facts(html, path);
    if (facts.html !== html) await writeFile(join(dir, file), facts.html);
    policies.push(facts.policy);
    if (facts.redirect) redirects.push({ from: path, to: facts.redirect });
  }
  return { policies, redirects, reused: cached.stats.reused };
}
