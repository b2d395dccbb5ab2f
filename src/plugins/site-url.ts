/**
 * The site's public URL, one setting for canonical links, Open Graph and the sitemap.
 * Set SITE_URL when building for a real host; local builds default to the preview server.
 */
export function siteUrl(env: Record<string, string | undefined> = process.env): string {
  const url = new URL(env['SITE_URL'] ?? 'http://localhost:4321/');
  return url.href.replace(/\/?$/, '/');
}
