/**
 * The location maps as built, over the report-shapes site (tests/helpers/shapes-site.ts): the 2024-04 fixture
 * period's 153 locations on every continent, and the real period's 61. What the layout code decided (unit-tested in
 * tests/unit/geo-layout.test.ts) must reach the page: at every width tier each marker carries its name or its number,
 * each number is in its map's key, and a map too narrow for its frames' titles letters them and keys the letters.
 */
import { describe, expect, it } from 'vitest';
import { LABEL_TIERS, SIDES, captionTierClass, keyClass, labelClass } from '../../src/lib/geo/static-labels.ts';
import { page as pageIn, squash } from '../helpers/dist.ts';
import { shapesDist } from '../helpers/shapes-site.ts';

const text = (el: Element | null | undefined) => squash(el?.textContent ?? '');
/** Whether an element shows at width tier `tier` (its class for that tier, labelClass/keyClass). */
const atTier = (el: Element, tier: number) => SIDES.some((side) => el.classList.contains(labelClass(tier, side)));

describe.each([
  ['2024-04-01--2025-03-31', 153],
  ['2017-04-01--2017-09-30', 61],
])('/%s/locations/', (period, count) => {
  const doc = pageIn(`/${period}/locations/`, shapesDist);
  const figures = Array.from(doc.querySelectorAll('figure.mv'));

  it(`draws ${count} markers, each with its name or its number at every width tier`, () => {
    const markers = doc.querySelectorAll('li.mk');
    expect(markers).toHaveLength(count);
    for (const mk of markers) {
      const name = text(mk.querySelector('.mk-tip strong'));
      for (const tier of LABEL_TIERS.keys()) {
        const shown = Array.from(mk.querySelectorAll('.mk-name')).filter((l) => atTier(l, tier));
        expect(shown, `${name} at ${LABEL_TIERS[tier]} px`).toHaveLength(1);
      }
    }
  });

  it('numbers 1, 2… at each width tier, and its map’s key lists those numbers there, each with its location’s name', () => {
    let numbers = 0;
    for (const fig of figures) {
      for (const tier of LABEL_TIERS.keys()) {
        const shown = Array.from(fig.querySelectorAll('.mk-num')).filter((num) => atTier(num, tier));
        numbers += shown.length;
        const marked = shown.map((num) => `${text(num)} ${text(num.closest('li.mk')?.querySelector('.mk-tip strong'))}`);
        const keyed = Array.from(fig.querySelectorAll('.mv-kn > li')).filter((li) => li.classList.contains(keyClass(tier)));
        const where = `${fig.id} at ${LABEL_TIERS[tier]} px`;
        expect(keyed.map(text), where).toEqual(marked);
        expect(shown.map(text), where).toEqual(shown.map((_, i) => String(i + 1)));
      }
    }
    // The narrowest phones need some numbers at present-day size (and in the real report's crowded US north-east).
    expect(numbers).toBeGreaterThan(0);
  });

  it('letters the frames of a map too narrow for their titles, and keys the letters as links to the zoomed maps', () => {
    for (const fig of figures) {
      const tier = Number([...fig.classList].find((c) => /^ct\d+$/.test(c))?.slice(2));
      expect(fig.classList.contains(captionTierClass(tier)), fig.id).toBe(true);
      const frames = Array.from(fig.querySelectorAll<HTMLAnchorElement>('a.mv-frame'));
      const keyed = Array.from(fig.querySelectorAll<HTMLAnchorElement>('.mv-kf a'));
      if (tier === 0 || frames.length === 0) {
        expect(keyed, fig.id).toEqual([]);
        continue;
      }
      expect(keyed.map((a) => a.getAttribute('href'))).toEqual(frames.map((a) => a.getAttribute('href')));
      expect(keyed.map((a) => text(a))).toEqual(
        frames.map((f) => `${text(f.querySelector('.mv-frame-letter'))} ${text(f.querySelector('.mv-frame-cap'))}`),
      );
    }
    // At present-day size the world map's eight titles do not fit a phone: it is lettered.
    if (count === 153) expect(doc.querySelector('#map-world')?.classList.contains(captionTierClass(0))).toBe(false);
  });
});
