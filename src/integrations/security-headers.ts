import { readFile, writeFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { builtHtmlFiles } from '../lib/built-files.ts';
import { searchBundle } from '../lib/urls.ts';

/** Headers for every response, for hosts that read a `_headers` file (Netlify, Cloudflare Pages, and others). */
export const commonHeaders = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
} as const;

/** The search worker compiles WebAssembly: its own policy allows that and nothing else from elsewhere. */
export const searchWorkerPolicy = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'; frame-ancestors 'none'";

const metaPolicy = /<meta http-equiv="content-security-policy" content="([^"]+)"/i;

/**
 * Merges the policies of all pages into one: the same directives, with every page's script and style
 * hashes. One rule keeps the file within hosts' rule limits however many pages the report has.
 */
export function mergePolicies(policies: readonly string[]): string {
  const directives = new Map<string, Set<string>>();
  for (const policy of policies) {
    for (const part of policy.split(';')) {
      const [name, ...sources] = part.trim().split(/\s+/);
      if (!name) continue;
      const set = directives.get(name) ?? new Set<string>();
      for (const s of sources) set.add(s);
      directives.set(name, set);
    }
  }
  directives.set('frame-ancestors', new Set(["'none'"]));
  return Array.from(directives, ([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/**
 * The URL patterns that cover the built pages: `/` and one `/<folder>/*` per top-level folder, so the page
 * policy applies to pages only and never to the search worker (hosts join matching rules' headers).
 */
export function pagePatterns(pagePaths: readonly string[]): string[] {
  const patterns = new Set<string>();
  for (const path of pagePaths) {
    const folder = path.split('/')[1] ?? '';
    patterns.add(folder === '' ? '/' : path.endsWith('.html') ? path : `/${folder}/*`);
  }
  return [...patterns].sort();
}

/** `_headers` text: common headers everywhere, the page policy on pages, the worker's policy on the search bundle. */
export function headersFile(pagePolicy: string, pagePaths: readonly string[]): string {
  const lines = ['/*', ...Object.entries(commonHeaders).map(([k, v]) => `  ${k}: ${v}`), ''];
  for (const pattern of pagePatterns(pagePaths)) lines.push(pattern, `  Content-Security-Policy: ${pagePolicy}`, '');
  lines.push(`${searchBundle.url}*`, `  Content-Security-Policy: ${searchWorkerPolicy}`, '');
  return lines.join('\n');
}

const metaRefresh = /<meta http-equiv="refresh" content="0; url=([^"]+)"/i;

/** The redirects the site declares: each page that is an HTML redirect (an old address), as `from → to`. */
export function redirectsOf(pages: readonly { path: string; html: string }[]): { from: string; to: string }[] {
  return pages.flatMap(({ path, html }) => {
    const to = metaRefresh.exec(html)?.[1];
    return to ? [{ from: path, to: to.replace(/&amp;/g, '&') }] : [];
  });
}

/** `_redirects` text (Netlify, Cloudflare Pages): one permanent redirect a line. */
export const redirectsFile = (redirects: readonly { from: string; to: string }[]) =>
  redirects.map((r) => `${r.from} ${r.to} 301\n`).join('');

/**
 * Writes `_headers` after the build, from the policies Astro put in the pages' `<meta>` tags, and `_redirects`
 * from the pages that are HTML redirects, for the hosts that read those files.
 */
export default function securityHeaders(): AstroIntegration {
  return {
    name: 'soc3-security-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const files = await builtHtmlFiles(out);
        const policies: string[] = [];
        const paths = files.map((f) => `/${f.split(sep).join('/')}`.replace(/index\.html$/, ''));
        const pages: { path: string; html: string }[] = [];
        for (const [i, file] of files.entries()) {
          const html = await readFile(join(out, file), 'utf8');
          pages.push({ path: paths[i]!, html });
          const policy = metaPolicy.exec(html)?.[1];
          if (!policy) throw new Error(`${file} has no Content-Security-Policy meta tag: every page must be built through Base.astro`);
          policies.push(policy.replace(/&#39;/g, "'").replace(/&quot;/g, '"'));
        }
        await writeFile(join(out, '_headers'), headersFile(mergePolicies(policies), paths));
        const redirects = redirectsOf(pages);
        await writeFile(join(out, '_redirects'), redirectsFile(redirects));
        logger.info(`_headers written: one policy for ${files.length} pages; _redirects: ${redirects.length} redirects`);
      },
    },
  };
}
