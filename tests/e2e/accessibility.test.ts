import { describe, expect, it } from 'vitest';
import { axeSweep, axeViolations, oneOfEachType, perCheck, withAxe } from '../helpers/axe.ts';
import { sitemapPaths } from '../helpers/dist.ts';
import { addImageWithoutAlt, useSite, viewports } from '../helpers/browser.ts';

const site = useSite();

/**
 * Every page of the sitemap is checked with every rule in the light theme at 1280 px; one page of each type (the
 * first of each top-level path in the sitemap, and the 404 page) also with every rule in the dark theme and at
 * 375 px, in both themes: tests/e2e/accessibility-settings.test.ts (a file of its own, so the two sweeps run side
 * by side). A type's pages share their layout and components, so they differ in text only.
 */
const everyPage = { theme: 'light', width: 1280 } as const;

describe('axe (WCAG 2.2 A and AA): no violations on any page of the sitemap', () => {
  const paths = sitemapPaths();
  const types = oneOfEachType(paths);

  it('found the sitemap’s pages and their types', () => {
    expect(paths.length).toBeGreaterThan(75);
    expect(types).toEqual(expect.arrayContaining(['/', '/services/', '/report/', '/locations/', '/changes/', '/404.html']));
    expect(types.filter((p) => /^\/(services|categories|sections)\/[^/]+\/$/.test(p))).toHaveLength(3);
  });

  it('the harness reports what axe finds, with axe loaded by the context or into the page alone', async () => {
    for (const load of [true, false]) {
      const context = await site.browser.newContext(viewports.desktop);
      if (load) await withAxe(context);
      const page = await context.newPage();
      await page.goto(`${site.origin}/404.html`);
      expect(await axeViolations(page), `loaded by the context: ${load}`).toEqual([]);
      await addImageWithoutAlt(page);
      expect((await axeViolations(page)).join('\n'), `loaded by the context: ${load}`).toMatch(/^image-alt \(critical\): .* at img$/m);
      await context.close();
    }
  });

  it(
    `every page, in the ${everyPage.theme} theme at ${everyPage.width} px`,
    async () => {
      const { checked, failures } = await axeSweep(
        site,
        paths.map((path) => ({ path, width: everyPage.width, themes: [everyPage.theme] })),
      );
      expect(checked).toBe(paths.length);
      expect(failures).toEqual([]);
    },
    paths.length * perCheck,
  );
});
