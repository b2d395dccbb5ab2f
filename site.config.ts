/**
 * The site's own settings, set once for the whole site by its publisher (each report period's facts are in
 * its content/<period>/report.yaml). An environment variable overrides a setting for one build.
 */
export const siteConfig: {
  /**
   * The public URL the site is served at, e.g. 'https://soc3.example.com/'. Canonical links, link previews
   * (Open Graph images), the sitemap, the feeds and the exports' URLs are made from it; `SITE_URL` overrides
   * it. Unset, a build writes none of them rather than wrong ones, and says so when it ends.
   */
  publicUrl: string | undefined;
  /**
   * Where a reader asks for the report in another format, or reports an accessibility problem: an e-mail
   * address ('accessibility@example.com') or a web address ('https://example.com/contact'). The accessibility
   * statement (/accessibility/) shows it; unset, it says that no contact has been set.
   */
  accessibilityContact: string | undefined;
} = {
  publicUrl: undefined,
  accessibilityContact: undefined,
};
