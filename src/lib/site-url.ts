/**
 * The site's public URL: `SITE_URL` for one build, else `publicUrl` in site.config.ts, else none. Without one, the
 * build writes no absolute URL (no canonical link, no Open Graph image, no sitemap, no feeds) rather than a wrong
 * one, and the site-url integration says what is missing. `npm start` and the tests build for local preview.
 */
export function siteUrl(env: Record<string, string | undefined> = process.env, committed?: string): string | undefined {
  // CI systems pass an unset variable as "": that means "not set" too.
  const [value, source] = env['SITE_URL'] ? [env['SITE_URL'], 'SITE_URL'] : [committed, 'publicUrl in site.config.ts'];
  if (!value) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch (cause) {
    throw new TypeError(`${source} must be an absolute URL such as https://soc3.example.com/, not ${JSON.stringify(value)}`, { cause });
  }
  url.search = '';
  url.hash = '';
  url.pathname = url.pathname.replace(/\/?$/, '/');
  return url.href;
}

/** Whether a public URL is this machine's: a build for local preview, not for publishing. */
export const isLocalPreview = (site: string): boolean => ['localhost', '127.0.0.1', '[::1]'].includes(new URL(site).hostname);

/** What the build says when it has no public URL, or only a local one. */
export const publicUrlNotice = {
  missing:
    'no public URL is set: canonical links, link previews (Open Graph images), the sitemap and the feeds were left out, and the exports carry root-relative URLs. Set publicUrl in site.config.ts, or build with SITE_URL=https://your.host/ npm run build',
  local: (site: string) =>
    `built for local preview at ${site}: its absolute URLs point to this machine; to publish, build with your public URL (SITE_URL)`,
} as const;
