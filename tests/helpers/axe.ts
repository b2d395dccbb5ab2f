/** axe (through @axe-core/playwright) with the site's standard: WCAG 2.2 A and AA. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/**
 * The violations axe finds on the page as it is now. Legacy mode runs axe in the page itself: the default opens a
 * blank page per run to combine frames' results, which the site (no iframes) does not need and which triples the time.
 * One line each: rule, impact, help and where (first three).
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const builder = new AxeBuilder({ page })
    .withTags(wcagTags)
    .options({ resultTypes: ['violations'] })
    .setLegacyMode(true);
  const { violations } = await builder.analyze();
  return violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} at ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
  );
}
