/**
 * Forced colours (Windows High Contrast and the like): the browser repaints text, backgrounds, borders and SVG
 * paint with a few system colours and drops shadows. Whatever was drawn only with a background or a shadow
 * vanishes. Checked in both of Chromium's emulated palettes (light: black on white; dark: white on black) from
 * computed styles; with TEST_SHOTS=1, screenshots of the pages land in tests/.output/forced-colors/ for a person to look at.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSite, viewports, watchProblems } from '../helpers/browser.ts';
import { keepShot } from '../helpers/shots.ts';

const site = useSite();

const servicePage = '/services/amazon-simple-storage-service-s3/';

async function open(path: string, scheme: 'light' | 'dark'): Promise<{ page: Page; problems: string[] }> {
  const page = await site.tab({ ...viewports.desktop, forcedColors: 'active', colorScheme: scheme });
  const problems = watchProblems(page, site.origin);
  await page.goto(site.origin + path, { waitUntil: 'networkidle' });
  // The page helpers below, defined once in the page (evaluate cannot pass functions).
  await page.evaluate(installPaintHelpers);
  return { page, problems };
}

/** What one element (or pseudo-element) paints, in resolved colours. */
interface Paint {
  what: string;
  /** The colour behind it: the nearest opaque background of it or an ancestor, or Canvas. */
  behind: string;
  canvas: string;
  color: string;
  background: string;
  border: { style: string; width: number; color: string };
  outline: { style: string; width: number; color: string };
  fill: string;
  stroke: string;
  strokeWidth: number;
  opacity: number;
  radius: string;
  /** Colours it paints that differ from what is behind it: its visible ink. */
  ink: string[];
}

declare global {
  interface Window {
    paintOf(selector: string, pseudo?: string, index?: number): Paint | null;
    paintAll(selector: string, pseudo?: string): Paint[];
  }
}

/** Runs in the page: defines window.paintOf / paintAll. */
function installPaintHelpers(): void {
  const probe = document.createElement('span');
  probe.style.forcedColorAdjust = 'none';
  probe.style.color = 'Canvas';
  document.body.append(probe);
  const canvas = getComputedStyle(probe).color;
  probe.remove();
  const transparent = (c: string) => c === 'transparent' || /rgba\(.*,\s*0\)$/.test(c);
  const opaque = (c: string) => (transparent(c) ? '' : c.replace(/^rgba\((\d+), (\d+), (\d+), [\d.]+\)$/, 'rgb($1, $2, $3)'));
  const behindOf = (el: Element): string => {
    for (let e: Element | null = el; e; e = e.parentElement) {
      const bg = getComputedStyle(e).backgroundColor;
      if (!transparent(bg)) return opaque(bg);
    }
    return canvas;
  };
  const paintOf = (el: Element, pseudo?: string): Paint => {
    const s = getComputedStyle(el, pseudo);
    // The element itself is behind its pseudo-element; behind the element is its parent's background.
    const behind = pseudo ? behindOf(el) : el.parentElement ? behindOf(el.parentElement) : canvas;
    const border = { style: s.borderTopStyle, width: parseFloat(s.borderTopWidth), color: opaque(s.borderTopColor) };
    const outline = { style: s.outlineStyle, width: parseFloat(s.outlineWidth), color: opaque(s.outlineColor) };
    const svg = el instanceof SVGElement;
    const ink = [
      opaque(s.backgroundColor),
      border.style !== 'none' && border.width > 0 ? border.color : '',
      outline.style !== 'none' && outline.width > 0 ? outline.color : '',
      svg && s.fill !== 'none' ? opaque(s.fill) : '',
      svg && s.stroke !== 'none' && parseFloat(s.strokeWidth) > 0 ? opaque(s.stroke) : '',
    ].filter((c) => c && c !== behind);
    return {
      what: `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}${pseudo ?? ''}`,
      behind,
      canvas,
      color: opaque(s.color),
      background: opaque(s.backgroundColor),
      border,
      outline,
      fill: s.fill,
      stroke: s.stroke,
      strokeWidth: parseFloat(s.strokeWidth),
      opacity: parseFloat(s.opacity),
      radius: s.borderTopLeftRadius,
      ink: s.visibility === 'hidden' || parseFloat(s.opacity) === 0 ? [] : ink,
    };
  };
  window.paintAll = (selector, pseudo) => [...document.querySelectorAll(selector)].map((el) => paintOf(el, pseudo));
  window.paintOf = (selector, pseudo, index = 0) => {
    const el = document.querySelectorAll(selector)[index];
    return el ? paintOf(el, pseudo) : null;
  };
}

const paint = async (page: Page, selector: string, pseudo?: string): Promise<Paint> => {
  const p = await page.evaluate(([sel, ps]) => window.paintOf(sel!, ps), [selector, pseudo] as const);
  if (!p) throw new Error(`${selector} not found on ${page.url()}`);
  return p;
};

/** A box control keeps a border that shows against the page, and text that shows against the box. */
function expectBoxed(p: Paint): void {
  expect(p.border.style, `${p.what}: border`).not.toBe('none');
  expect(p.border.width, `${p.what}: border width`).toBeGreaterThan(0);
  expect(p.border.color, `${p.what}: border colour`).not.toBe(p.behind);
  expectLegible(p);
}

/** Text in a colour other than its own background's (or the page's, if it has none). */
function expectLegible(p: Paint): void {
  expect(p.color, `${p.what}: text colour against its background`).not.toBe(p.background || p.behind);
  expect(p.opacity, `${p.what}: opacity`).toBe(1);
}

/** Keyboard focus draws an outline in a colour that shows. */
async function expectFocusRing(page: Page, selector: string, ringOn = selector): Promise<void> {
  await page.locator(selector).first().focus();
  // Focus from script may not count as keyboard focus: step away and back with the keyboard.
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await expectRing(page, selector, ringOn);
}

async function expectRing(page: Page, selector: string, ringOn = selector): Promise<void> {
  const focused = await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector);
  expect(focused, `${selector} has the keyboard focus`).toBe(true);
  const p = await paint(page, `${ringOn}`);
  expect(p.outline.style, `${p.what}: focus outline`).not.toBe('none');
  expect(p.outline.width, `${p.what}: focus outline width`).toBeGreaterThan(0);
  expect(p.outline.color, `${p.what}: focus outline colour`).not.toBe(p.behind);
}

describe.each(['light', 'dark'] as const)('forced colours, %s palette', (scheme) => {
  it('the locations map keeps coastlines, borders, both marker shapes and the whole legend', async () => {
    const { page, problems } = await open('/locations/', scheme);
    await keepShot(page, 'forced-colors', `locations-${scheme}`);

    // Land is Canvas on a Canvas sea: only an outline draws the coastline.
    const land = await page.evaluate(() => [...window.paintAll('.mv-other'), ...window.paintAll('.mv-hl')]);
    expect(land.length).toBeGreaterThan(1);
    for (const p of land) {
      expect(p.stroke, `${p.what}: coastline stroke`).not.toBe('none');
      expect(p.strokeWidth, `${p.what}: coastline width`).toBeGreaterThan(0);
      expect(p.stroke, `${p.what}: coastline colour`).not.toBe(p.canvas);
    }
    for (const sel of ['.mv-borders', '.mv-leader']) {
      const p = await paint(page, sel);
      expect(p.ink, `${p.what} shows`).not.toEqual([]);
      expect(p.opacity, `${p.what}: opacity`).toBe(1);
    }

    // Each kind, as a marker (insets), a dot (overview) and in the legend, paints something other than Canvas.
    const symbols = {
      markerRegion: '.mk[data-kind="region"] .ki',
      markerEdge: '.mk[data-kind="edge"] .ki',
      dotRegion: '.mv-dot[data-kind="region"] .ki',
      dotEdge: '.mv-dot[data-kind="edge"] .ki',
      legendRegion: '.lg .ki-region',
      legendEdge: '.lg .ki-edge',
    };
    const got: Record<string, Paint> = {};
    for (const [name, sel] of Object.entries(symbols)) {
      got[name] = await paint(page, sel);
      expect(got[name]!.ink, `${name} (${sel}) shows against ${got[name]!.behind}`).not.toEqual([]);
    }
    // The legend's leader line: the line and the dot at its end.
    for (const pseudo of [undefined, '::before']) {
      const p = await paint(page, '.lg-line', pseudo);
      expect(p.ink, `${p.what} shows`).not.toEqual([]);
    }
    // Both kinds are in one colour: they must differ in shape (corners) and in fill (solid or ring).
    for (const [region, edge] of [
      [got['markerRegion']!, got['markerEdge']!],
      [got['dotRegion']!, got['dotEdge']!],
      [got['legendRegion']!, got['legendEdge']!],
    ] as const) {
      expect(region.radius, 'a Region and an edge location differ in shape').not.toBe(edge.radius);
      expect(region.background, 'a Region is solid, an edge location a ring').not.toBe(edge.background);
    }

    await expectFocusRing(page, '.mk-a');
    await expectFocusRing(page, '.mv-frame');
    expect(problems).toEqual([]);
  });

  it('the catalog’s filter, chips and the header’s controls keep borders, text and focus', async () => {
    const { page, problems } = await open('/services/', scheme);
    await page.locator('[data-catalog-tools]').waitFor({ state: 'visible' });
    await page.locator('.theme-switch').waitFor({ state: 'visible' });
    const chip = page.locator('.chips button').first();
    await chip.click();
    await expect.poll(() => chip.getAttribute('aria-pressed')).toBe('true');
    // Neither hovered nor focused (both repaint a button): only the pressed state may set it apart.
    await page.mouse.move(0, 0);
    await chip.blur();
    await keepShot(page, 'forced-colors', `services-${scheme}`);

    for (const sel of ['.search-control', '.theme-switch', '#catalog-filter']) expectBoxed(await paint(page, sel));
    const chips = await page.evaluate(() => window.paintAll('.chips button'));
    expect(chips.length).toBeGreaterThan(3);
    for (const p of chips) expectBoxed(p);
    // The pressed chip and the chosen theme must not look like the others.
    const look = (p: Paint) => `${p.background || p.behind} ${p.color} ${p.border.width} ${p.border.color}`;
    expect(look(chips[0]!), 'a pressed chip looks pressed').not.toBe(look(chips[1]!));
    const options = await page.evaluate(() => window.paintAll('.theme-switch span'));
    for (const p of options) expectLegible(p);
    const checked = await paint(page, '.theme-switch input:checked + span');
    const other = await paint(page, '.theme-switch input:not(:checked) + span');
    expect(look(checked), 'the chosen theme looks chosen').not.toBe(look(other));

    // The sticky header's rule is a shadow (a collapsed border does not travel with a sticky cell): kept.
    const rule = await page.evaluate(() => getComputedStyle(document.querySelector('.catalog thead th')!).boxShadow);
    expect(rule, 'the catalog header keeps its rule').not.toBe('none');

    await expectFocusRing(page, '.search-control');
    await expectFocusRing(page, '.chips button');
    await expectFocusRing(page, '#catalog-filter');
    await expectFocusRing(page, '.theme-switch input:checked', '.theme-switch input:checked + span');
    expect(problems).toEqual([]);
  });

  it('a service page’s share buttons and the toast keep borders, text and focus', async () => {
    const { page, problems } = await open(servicePage, scheme);
    const copy = page.getByRole('button', { name: 'Copy link', exact: true });
    await copy.waitFor({ state: 'visible' });
    await copy.click();
    await expect.poll(() => page.locator('.toast').textContent()).toBe('Link to this page copied');
    await expect.poll(() => page.locator('.toast').evaluate((t) => getComputedStyle(t).opacity)).toBe('1');
    await keepShot(page, 'forced-colors', `service-${scheme}`);

    const buttons = await page.evaluate(() => window.paintAll('.action-button:not([hidden])'));
    expect(buttons.length).toBeGreaterThan(1);
    for (const p of buttons) expectBoxed(p);
    // The toast floats over the text: Canvas on Canvas without a border of its own.
    expectBoxed(await paint(page, '.toast'));
    await expectFocusRing(page, '.action-button:not([hidden])');
    expect(problems).toEqual([]);
  });

  it('a heading’s link control shows and keeps its focus ring', async () => {
    const { page, problems } = await open('/categories/storage/', scheme);
    // Out of the tab order: Tab from its heading reaches it.
    await page.locator('h2#amazon-glacier').click({ position: { x: 4, y: 8 } });
    await page.keyboard.press('Tab');
    await expectRing(page, 'h2#amazon-glacier .heading-anchor');
    // It fades in on focus.
    await expect.poll(() => page.locator('.heading-anchor:focus').evaluate((a) => getComputedStyle(a).opacity)).toBe('1');
    expectLegible(await paint(page, '.heading-anchor:focus'));
    expect(problems).toEqual([]);
  });
});
