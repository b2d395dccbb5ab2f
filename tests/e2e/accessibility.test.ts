import { describe, expect, it } from 'vitest';
import { axeViolations } from '../helpers/axe.ts';
import { sitemapPaths } from '../helpers/dist.ts';
import { useSite } from '../helpers/browser.ts';

const site = useSite();

/**
 * Every page of the sitemap is checked with every rule in the light theme at 1280 px; one page of each type (the
 * first of each top-level path in the sitemap, and the 404 page) also with every rule in the dark theme and at
 * 375 px, in both themes. A type's pages share their layout and components, so they differ in text only.
 */
const everyPage = { theme: 'light', width: 1280 } as const;
/** The other settings, for one page of each type (the sweep of every page covers the first). */
const others = [
  { theme: 'dark', width: 1280 },
  { theme: 'dark', width: 375 },
  { theme: 'light', width: 375 },
] as const;
type Combo = typeof everyPage | (typeof others)[number];
/** Checks run at once: axe runs in each page’s renderer; three keep both cores of a CI machine busy while one waits. */
const concurrency = 3;
/** Time for axe over one page in one setting on a loaded two-core machine: the test's budget is this times the checks. */
const perCheck = 6_000;

/** A page's type: its first path segment and whether it is a folder's page (`/services/`, `/services/*`, `/` …). */
const typeOf = (path: string) => {
  const [first = '', ...rest] = path.split('/').filter(Boolean);
  return rest.length > 0 ? `${first}/*` : first;
};
const oneOfEachType = (paths: readonly string[]) => [...new Map(paths.map((p) => [typeOf(p), p])).values(), '/404.html'];

/** axe over each page in each setting, a few at a time (each check loads its page afresh); one line per violation. */
async function sweep(checks: readonly { path: string; setting: Combo }[]): Promise<{ checked: number; failures: string[] }> {
  const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const queue = [...checks];
  const failures: string[] = [];
  let checked = 0;
  const worker = async () => {
    const page = await context.newPage();
    for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
      const { path, setting } = next;
      await page.setViewportSize({ width: setting.width, height: 900 });
      await page.emulateMedia({ colorScheme: setting.theme });
      await page.goto(site.origin + path);
      for (const v of await axeViolations(page)) failures.push(`${path} (${setting.theme}, ${setting.width} px): ${v}`);
      checked++;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  await context.close();
  return { checked, failures };
}

describe('axe (WCAG 2.2 A and AA): no violations on any page of the sitemap', () => {
  const paths = sitemapPaths();
  const types = oneOfEachType(paths);

  it('found the sitemap’s pages and their types', () => {
    expect(paths.length).toBeGreaterThan(75);
    expect(types).toEqual(expect.arrayContaining(['/', '/services/', '/report/', '/locations/', '/changes/', '/404.html']));
    expect(types.filter((p) => /^\/(services|categories|sections)\/[^/]+\/$/.test(p))).toHaveLength(3);
  });

  it(
    `every page, in the ${everyPage.theme} theme at ${everyPage.width} px`,
    async () => {
      const { checked, failures } = await sweep(paths.map((path) => ({ path, setting: everyPage })));
      expect(checked).toBe(paths.length);
      expect(failures).toEqual([]);
    },
    paths.length * perCheck,
  );

  it(
    `one page of each type, also in the ${others.map((c) => `${c.theme} theme at ${c.width} px`).join(', ')}`,
    async () => {
      const { checked, failures } = await sweep(types.flatMap((path) => others.map((setting) => ({ path, setting }))));
      expect(checked).toBe(types.length * others.length);
      expect(failures).toEqual([]);
    },
    types.length * others.length * perCheck,
  );
});

describe('keyboard', () => {
  it('reaches the skip link first, and it moves focus to the content', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${site.origin}/categories/compute/`);
    await page.keyboard.press('Tab');
    const skip = await page.evaluate(() => ({
      text: document.activeElement?.textContent,
      top: document.activeElement?.getBoundingClientRect().top,
    }));
    expect(skip.text).toBe('Skip to content');
    expect(skip.top).toBeGreaterThanOrEqual(0);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');
    await context.close();
  });

  it('shows a visible focus ring on links', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${site.origin}/`);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).toBe('solid');
    await context.close();
  });
});
