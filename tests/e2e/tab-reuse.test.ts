/**
 * The browser tests share a tab for each setting (tests/helpers/browser.ts, `site.tab`): what one test leaves in it
 * must not reach the next, or a test could pass or fail on another's state.
 */
import { describe, expect, it } from 'vitest';
import { useSite, viewports } from '../helpers/browser.ts';

const site = useSite();

describe('a reused tab comes back empty', () => {
  it('no listener, stored item, cookie, media or viewport of the test before', async () => {
    const first = await site.tab(viewports.desktop);
    await first.goto(`${site.origin}/`);
    const heardAfter: string[] = [];
    first.on('request', (r) => heardAfter.push(r.url()));
    await first.evaluate(() => {
      localStorage.setItem('theme', 'dark');
      sessionStorage.setItem('left', 'behind');
      document.cookie = 'left=behind; path=/';
    });
    await first.emulateMedia({ colorScheme: 'dark', forcedColors: 'active' });
    await first.setViewportSize({ width: 400, height: 400 });

    const next = await site.tab(viewports.desktop);
    expect(next, 'the same tab').toBe(first);
    expect(next.url(), 'the last page is left').toBe(`${site.origin}/robots.txt`);
    heardAfter.length = 0;
    expect(next.viewportSize()).toEqual(viewports.desktop.viewport);
    await next.goto(`${site.origin}/`);
    const state = await next.evaluate(() => ({
      stored: localStorage.length + sessionStorage.length,
      cookie: document.cookie,
      dark: matchMedia('(prefers-color-scheme: dark)').matches,
      forced: matchMedia('(forced-colors: active)').matches,
      theme: document.documentElement.dataset['theme'] ?? '',
    }));
    expect(heardAfter, 'a listener of the test before still hears the tab').toEqual([]);
    expect(state).toEqual({ stored: 0, cookie: '', dark: false, forced: false, theme: expect.not.stringMatching(/dark/) });
  });

  it('opening the last page again at one of its #fragments loads it afresh', async () => {
    const first = await site.tab();
    await first.goto(`${site.origin}/report/`);
    await first.evaluate(() => document.querySelector('main')!.replaceChildren());
    const next = await site.tab();
    await next.goto(`${site.origin}/report/#amazon-glacier-p1`);
    expect(await next.locator('#amazon-glacier-p1').isVisible()).toBe(true);
  });

  it('another setting gets a tab of its own', async () => {
    const phone = await site.tab(viewports.phone);
    expect(phone).not.toBe(await site.tab(viewports.desktop));
    await phone.goto(`${site.origin}/`);
    expect(await phone.evaluate(() => innerWidth)).toBe(viewports.phone.viewport.width);
  });
});
