import { createHash } from 'node:crypto';
import { themeInitScript } from '../lib/theme.ts';

/** `sha256-…` source expression for an inline script or style. */
export const sha256Source = (text: string): `sha256-${string}` => `sha256-${createHash('sha256').update(text).digest('base64')}`;

/**
 * The Content-Security-Policy every page gets as a `<meta>` tag (Astro adds the hashes of its own scripts
 * and styles). Nothing may load from another origin; the one inline script is the theme's, by hash.
 * Pagefind compiles its WebAssembly in a worker, whose policy comes with the worker file (see
 * src/integrations/security-headers.ts), so pages need no 'wasm-unsafe-eval'.
 */
export function contentSecurityPolicy() {
  return {
    directives: [
      "default-src 'self'",
      // Pagefind's Component UI draws its two icons as data: SVGs.
      "img-src 'self' data:",
      "font-src 'self'",
      "connect-src 'self'",
      "worker-src 'self'",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
    ] as const,
    scriptDirective: { hashes: [sha256Source(themeInitScript)] },
  };
}
