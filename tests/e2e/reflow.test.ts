/**
 * Reflow and text resizing (WCAG 1.4.10 and 1.4.4) on every kind of page:
 * - 400 % zoom of a 1280 px window: a 320 CSS px viewport (zoom changes the CSS px per device px, so layout is
 *   exactly a 320 px layout; the device scale factor only sharpens the pixels and is left at 1);
 * - 200 % zoom of it: a 640 CSS px viewport;
 * - 200 % text size at 1280 px: Chromium's own font-size setting, set through DevTools (Page.setFontSizes, 16 → 32 px
 *   and 13 → 26 px for monospace). Like a reader's setting, it changes the initial font size, so rem and em
 *   sizes and em-based media queries follow it, and px sizes do not. (Setting the root element's font-size
 *   from script would scale rem sizes but leave the media queries at their 16 px breakpoints.)
 * In each: the page never scrolls sideways, no visible element sticks out of the viewport except inside
 * a scroller of its own (overflow auto/scroll: the category chips) or the map, and sibling blocks that carry
 * text do not overlap. With TEST_SHOTS=1, screenshots at 320 px go to tests/.output/reflow/ for a person to look at.
 */
import type { BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useSite } from '../helpers/browser.ts';
import { keepShot } from '../helpers/shots.ts';
import { shownResults } from '../helpers/search-results.ts';

const site = useSite();

/** One page of each kind, and the status it answers with. */
const pages = [
  ['home', '/', 200],
  ['section', '/sections/management-assertion/', 200],
  ['category', '/categories/compute/', 200],
  ['service', '/services/amazon-simple-storage-service-s3/', 200],
  ['catalog', '/services/', 200],
  ['locations', '/locations/', 200],
  ['full report', '/report/', 200],
  // With a query, so the results and their filters are laid out too.
  ['search', '/search/?q=encryption', 200],
  ['changes', '/changes/', 200],
  ['reports', '/reports/', 200],
  ['accessibility statement', '/accessibility/', 200],
  ['not found', '/no-such-page/', 404],
] as const;
const screenshotted = new Set(['home', 'service', 'catalog', 'locations', 'search', 'not found']);

interface Setting {
  name: string;
  context: BrowserContextOptions;
  /** Chromium's default font sizes (px), as a reader's font-size setting sets them. */
  fontSizes?: { standard: number; fixed: number };
  shots?: string;
}
const settings: Setting[] = [
  { name: '320 px (400 % zoom)', context: { viewport: { width: 320, height: 640 } }, shots: '320' },
  { name: '640 px (200 % zoom)', context: { viewport: { width: 640, height: 720 } } },
  { name: '200 % text at 1280 px', context: { viewport: { width: 1280, height: 900 } }, fontSizes: { standard: 32, fixed: 26 } },
];

/** Runs in the page: what breaks reflow, as readable lines (none when all is well). */
function reflowProblems(): string[] {
  const problems: string[] = [];
  const root = document.scrollingElement!;
  const width = root.clientWidth;
  if (root.scrollWidth > width) problems.push(`the page scrolls sideways: ${root.scrollWidth} px of content in ${width} px`);

  const name = (el: Element): string => {
    const cls = [...el.classList].filter((c) => !c.startsWith('astro-')).join('.');
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
    return `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${cls ? `.${cls}` : ''}> “${text}”`;
  };
  const shown = (el: Element): boolean => {
    if (!el.checkVisibility({ contentVisibilityAuto: true, visibilityProperty: true, opacityProperty: true })) return false;
    const r = el.getBoundingClientRect();
    // Visually hidden text (1 px, clipped) is for screen readers only.
    return r.width > 1 && r.height > 1 && getComputedStyle(el).clipPath !== 'inset(50%)';
  };
  /** Inside a box that scrolls on its own, or inside the map (its labels are clipped at its edge by design). */
  const contained = (el: Element): boolean => {
    for (let e = el.parentElement; e && e !== document.body; e = e.parentElement) {
      if (e.matches('.mv-box')) return true;
      const o = getComputedStyle(e).overflowX;
      if (o === 'auto' || o === 'scroll') return true;
    }
    return false;
  };

  for (const el of document.body.querySelectorAll('*')) {
    // An SVG's own parts are drawn within it: the <svg> box is the one to check.
    if (el.parentElement?.closest('svg')) continue;
    if (!shown(el) || contained(el)) continue;
    const r = el.getBoundingClientRect();
    if (r.right > width + 0.5 || r.left < -0.5) {
      problems.push(`${name(el)} spans ${Math.round(r.left)}–${Math.round(r.right)} px of a ${width} px viewport`);
    }
  }

  // Sibling blocks in the flow that carry text must not overlap (floats and positioned boxes sit over others by design).
  const inFlow = (el: Element): boolean => {
    const s = getComputedStyle(el);
    return (
      s.display !== 'inline' && s.display !== 'contents' && s.float === 'none' && (s.position === 'static' || s.position === 'relative')
    );
  };
  for (const parent of document.querySelectorAll('header, header *, main, main *')) {
    if (parent.closest('svg')) continue;
    const kids = [...parent.children].filter((k) => inFlow(k) && shown(k) && (k.textContent ?? '').trim() !== '');
    for (let i = 0; i < kids.length; i++) {
      const a = kids[i]!.getBoundingClientRect();
      for (let j = i + 1; j < kids.length; j++) {
        const b = kids[j]!.getBoundingClientRect();
        const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (x > 1 && y > 1) problems.push(`${name(kids[i]!)} and ${name(kids[j]!)} overlap by ${Math.round(x)}×${Math.round(y)} px`);
      }
    }
  }
  return problems;
}

describe.each(settings)('reflow at $name', (setting) => {
  let context: BrowserContext;
  // One tab for the setting: each test loads its page afresh in it (a new tab costs the browser about four times
  // the CPU of loading a page into one that is open: 0.85 s against 0.2 s).
  let page: Page;
  beforeAll(async () => {
    context = await site.browser.newContext(setting.context);
    page = await context.newPage();
    if (setting.fontSizes) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Page.setFontSizes', { fontSizes: setting.fontSizes });
    }
  });
  afterAll(() => context?.close());

  async function open(path: string, status: number): Promise<void> {
    const response = await page.goto(site.origin + path, { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(status);
    // Web fonts and the scripts that show controls (theme switch, share buttons, catalog filter) have run.
    await page.evaluate(() => document.fonts.ready);
    if (path.startsWith('/search/')) {
      // Pagefind fills a result in only once it scrolls into view (below the fold at 320 px).
      await page.locator('pagefind-results').scrollIntoViewIfNeeded();
      await shownResults(page);
    }
    // What a disclosure hides (the report contents on small screens) must reflow too once opened.
    await page.evaluate(() => {
      for (const d of document.querySelectorAll('details')) d.open = true;
    });
  }

  it.each(pages)('%s (%s)', async (kind, path, status) => {
    await open(path, status);
    if (setting.fontSizes) {
      const size = await page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
      expect(size, 'the larger text setting took effect').toBe(`${setting.fontSizes.standard}px`);
    }
    if (setting.shots && screenshotted.has(kind)) {
      await keepShot(page, 'reflow', `${setting.shots}-${kind.replace(/ /g, '-')}`);
    }
    expect(await page.evaluate(reflowProblems)).toEqual([]);
  });
});
