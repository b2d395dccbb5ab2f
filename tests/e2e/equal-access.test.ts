import { describe, expect, it } from 'vitest';
import { equalAccessFindings } from '../helpers/equal-access.ts';
import { addImageWithoutAlt, turnTheme, useSite } from '../helpers/browser.ts';

const site = useSite();

/**
 * POTENTIAL findings are questions the engine asks a person. These were reviewed on every page type, and each
 * answer holds for the whole site (what decides it is shared); any other POTENTIAL finding, and every FAIL, fails.
 */
const reviewed: Record<string, string> = {
  style_color_misuse:
    'colour is never the only means: links in text are underlined, the catalog chips and filters carry their words, the map tells marker kinds by shape (forced-colors test)',
  style_viewport_resizable: 'sizes mix rem with vw (clamp), so text zoom resizes them; the reflow test checks 200 % text',
  element_tabbable_visible: 'the skip link, off screen until it has focus: the keyboard test checks it shows and moves focus',
  style_focus_visible: 'every focusable element gets the :focus-visible outline of global.css; the keyboard test checks the ring',
  element_tabbable_unobscured:
    'the theme switch’s radio inputs lie over their own labels, which show the focus ring; links are never under a sticky element',
  text_sensory_misuse:
    'the words flagged ("top", "size", "large", "below", "largest") are the report’s own or plain descriptions, not instructions',
  text_quoted_correctly: 'the text flagged is the report’s, with its own apostrophes: it is not a quotation',
  input_label_visible: 'the search box sits under the page’s "Search" heading and carries an accessible name; the placeholder is a hint',
  widget_tabbable_exists:
    'the ¶ and # link controls are out of the tab order on purpose: Tab from their block reaches them, and screen readers read them as links (paragraph-links test)',
  aria_keyboard_handler_exists:
    'the filter dropdown’s trigger is a native button (Enter, Space) and Pagefind moves its options with the arrow keys',
};

/** One page of every type, the search page with results and a filter shown. */
const pages = [
  '/',
  '/sections/management-assertion/',
  '/categories/compute/',
  '/services/amazon-simple-storage-service-s3/',
  '/services/',
  '/locations/',
  '/report/',
  '/search/?q=database',
  '/changes/',
  '/reports/',
  '/accessibility/',
  '/404.html',
];

describe('a second accessibility engine (IBM Equal Access, WCAG 2.2) finds nothing on any page type', () => {
  // Each check loads its page afresh into the file's open tab (site.tab).
  it('the harness reports what the engine finds', async () => {
    const page = await site.tab();
    await page.goto(`${site.origin}/404.html`);
    await addImageWithoutAlt(page);
    const fails = (await equalAccessFindings(page)).filter((f) => f.level === 'FAIL').map((f) => f.rule);
    expect(fails).toContain('img_alt_valid');
  });

  // Each page is loaded once, in the light theme, and checked; then the reader's system turns dark, and the engine
  // checks the page again as it now is (the site's colours follow prefers-color-scheme live, through CSS alone).
  it.each(pages)(
    '%s in the light theme, then the dark',
    async (path) => {
      const page = await site.tab();
      await page.goto(site.origin + path);
      if (path.startsWith('/search/')) await page.locator('pagefind-results li.sr-result').first().waitFor();
      const problems: string[] = [];
      for (const colorScheme of ['light', 'dark'] as const) {
        await turnTheme(page, colorScheme);
        const findings = await equalAccessFindings(page);
        problems.push(...findings.filter((f) => f.level === 'FAIL' || !(f.rule in reviewed)).map((f) => `${colorScheme}: ${f.line}`));
      }
      expect(problems).toEqual([]);
    },
    60_000,
  );
});
