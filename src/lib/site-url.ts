/**
 * The site's public URL, one setting for canonical links, Open Graph and the sitemap.
 * Set SITE_URL when building for a real host; local builds default to the preview server.
 */
export function siteUrl(env: Record<string, string | undefined> = process.env): string {
  // CI systems pass an unset variable as "": that means the default too.
  const value = env['SITE_URL'] || 'http://localhost:4321/';
  let url: URL;
  try {
    url = new URL(value);
  } catch (cause) {
    throw new TypeError(`SITE_URL must be an absolute URL such as https://soc3.example.com/, not ${JSON.stringify(value)}`, { cause });
  }
  url.search = '';
  url.hash = '';
  url.pathname = url.pathname.replace(/\/?$/, '/');
  return url.href;
}
