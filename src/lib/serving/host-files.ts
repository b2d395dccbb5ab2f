/**
 * `_headers` and `_redirects`, for the hosts that read them from the web root (Netlify, Cloudflare Pages).
 * Each policy is written once: one rule for every path (security headers and the header CSP), and rules
 * that only add the year-long caching of hashed files. These hosts revalidate everything else by default
 * (Netlify: `max-age=0, must-revalidate`), and a second Cache-Control rule on `/*` would be joined to these.
 */
import { hashedPaths, immutable, securityHeaders, type Redirect, type ServingPolicy } from './policy.ts';

const rule = (pattern: string, headers: Record<string, string>) => [
  pattern,
  ...Object.entries(headers).map(([k, v]) => `  ${k}: ${v}`),
  '',
];

export function headersFile(policy: ServingPolicy): string {
  return [
    ...rule('/*', { ...securityHeaders, 'Content-Security-Policy': policy.csp }),
    ...hashedPaths.prefixes.flatMap((prefix) => rule(`${prefix}*`, { 'Cache-Control': immutable })),
  ].join('\n');
}

/** One permanent redirect a line; an address with and without its trailing slash. */
export const redirectsFile = (redirects: readonly Redirect[]): string =>
  redirects.flatMap(({ from, to }) => [`${from} ${to} 301`, ...(from.endsWith('/') ? [`${from.slice(0, -1)} ${to} 301`] : [])]).join('\n') +
  '\n';
