/** axe (through @axe-core/playwright) with the site's standard: WCAG 2.2 A and AA. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/**
 * The violations axe finds on the page as it is now. Legacy mode runs axe in the page itself: the default opens a
 * blank page per run to combine frames' results, which the site (no iframes) does not need and which triples the time.
 * One line each: rule, impact, help and where (first three). `only` limits the run to these rules.
 */
export async function axeViolations(page: Page, only?: readonly string[]): Promise<string[]> {
  const builder = new AxeBuilder({ page })
    .withTags(wcagTags)
    .options({ resultTypes: ['violations'] })
    .setLegacyMode(true);
  const { violations } = await (only ? builder.withRules([...only]) : builder).analyze();
  return violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} at ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
  );
}

/**
 * The rules whose outcome depends on colours: all a theme changes. The site's themes swap colour tokens only
 * (light-dark() values, src/styles/colours.css), never the markup or the layout, so every other rule gives
 * the same result in both themes.
 */
export const colourRules = ['color-contrast', 'link-in-text-block'] as const;
