import { describe, expect, it } from 'vitest';
import { headersFile, mergePolicies, pagePatterns } from '../../src/integrations/security-headers.ts';

describe('mergePolicies', () => {
  it('keeps the directives and joins every page’s hashes, adding frame-ancestors', () => {
    const merged = mergePolicies([
      "default-src 'self'; script-src 'self' 'sha256-a'; style-src 'self' 'sha256-s'",
      "default-src 'self'; script-src 'self' 'sha256-b'; style-src 'self'",
    ]);
    expect(merged).toBe("default-src 'self'; script-src 'self' 'sha256-a' 'sha256-b'; style-src 'self' 'sha256-s'; frame-ancestors 'none'");
  });
});

describe('pagePatterns', () => {
  it('covers the pages by their top-level folders, never the search bundle', () => {
    expect(pagePatterns(['/', '/404.html', '/services/', '/services/aws-lambda/', '/sections/data/'])).toEqual([
      '/',
      '/404.html',
      '/sections/*',
      '/services/*',
    ]);
  });
});

describe('headersFile', () => {
  it('sends the common headers everywhere, the page policy on pages and the worker policy on /pagefind/', () => {
    const text = headersFile("default-src 'self'", ['/', '/services/x/']);
    expect(text).toMatch(
      /^\/\*\n {2}X-Content-Type-Options: nosniff\n {2}Referrer-Policy: strict-origin-when-cross-origin\n {2}Permissions-Policy: .+\n/,
    );
    expect(text).toContain("/services/*\n  Content-Security-Policy: default-src 'self'\n");
    expect(text).toMatch(/\/pagefind\/\*\n {2}Content-Security-Policy: [^\n]*'wasm-unsafe-eval'/);
  });
});
