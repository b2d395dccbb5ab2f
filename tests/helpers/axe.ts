/** axe-core with the site's standard: WCAG 2.2 A and AA. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, RunOptions } from 'axe-core';
import type { BrowserContext, Page } from 'playwright-core';
import { turnTheme, type Site } from './browser.ts';

export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Loads axe into every page the context opens, through the browser's debugging protocol (which the page's CSP
 * does not govern). Sent once for the context, where sending its 560 KB source again for each check (as
 * @axe-core/playwright does) cost about twice the browser's CPU of the check itself.
 */
export const withAxe = async (context: BrowserContext): Promise<void> => void (await context.addInitScript({ content: axeSource }));

/**
 * The violations axe finds on the page as it is now (axe is loaded into the page first if its context does not
 * load it). axe runs in the page itself: the site has no frames to combine. One line each: rule, impact, help and
 * where (first three).
 */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.evaluate(axeSource);
  const options: RunOptions = { runOnly: { type: 'tag', values: wcagTags }, resultTypes: ['violations'] };
  const violations = await page.evaluate(async (runOptions) => {
    const { axe } = globalThis as unknown as { axe: { run(context: Document, options: RunOptions): Promise<AxeResults> } };
    const results = await axe.run(document, runOptions);
    return results.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  }, options);
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.targets.slice(0, 3).join(', ')}`);
}

/** A page's theme and window width for an axe check. */
export interface AxeSetting {
  theme: 'light' | 'dark';
  width: number;
}
/**
 * One page at one width, checked in each of its themes in turn: loaded in the first, then turned to the next as a
 * reader's system turns it (the site's colours follow prefers-color-scheme live, through CSS alone), which spares a
 * load and a cold start of axe for every theme after the first.
 */
export interface AxeCheck {
  path: string;
  width: number;
  themes: readonly AxeSetting['theme'][];
}
/** Time for axe over one page in one setting on a loaded two-core machine: a sweep's budget is this times its checks. */
export const perCheck = 6_000;
/** Checks run at once: axe runs in each page’s renderer; three keep both cores of a CI machine busy while one waits. */
const concurrency = 3;

/** A page's type: its first path segment and whether it is a folder's page (`/services/`, `/services/*`, `/` …). */
const typeOf = (path: string) => {
  const [first = '', ...rest] = path.split('/').filter(Boolean);
  return rest.length > 0 ? `${first}/*` : first;
};
/** One page of each type (the first of each top-level path of the sitemap's), and the 404 page. */
export const oneOfEachType = (paths: readonly string[]) => [...new Map(paths.map((p) => [typeOf(p), p])).values(), '/404.html'];

/** axe over each page in each of its themes, a few pages at a time (each loaded afresh); one line per violation. */
export async function axeSweep(site: Site, checks: readonly AxeCheck[]): Promise<{ checked: number; failures: string[] }> {
  const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
  await withAxe(context);
  const queue = [...checks];
  const failures: string[] = [];
  let checked = 0;
  const worker = async () => {
    const page = await context.newPage();
    for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
      const { path, width, themes } = next;
      await page.setViewportSize({ width, height: 900 });
      for (const [i, theme] of themes.entries()) {
        if (i === 0) {
          await page.emulateMedia({ colorScheme: theme });
          await page.goto(site.origin + path);
        } else await turnTheme(page, theme);
        for (const v of await axeViolations(page)) failures.push(`${path} (${theme}, ${width} px): ${v}`);
        checked++;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  await context.close();
  return { checked, failures };
}
