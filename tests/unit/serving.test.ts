import { describe, expect, it } from 'vitest';
import { headerPolicy } from '../../src/lib/csp.ts';
import { caddySite } from '../../src/lib/serving/caddy.ts';
import { headersFile, redirectsFile } from '../../src/lib/serving/host-files.ts';
import { nginxSite } from '../../src/lib/serving/nginx.ts';
import { cacheControlOf, compressible, contentTypeOf, immutable, revalidate, type ServingPolicy } from '../../src/lib/serving/policy.ts';
import { redirectTarget } from '../../src/lib/serving/tightened-pages.ts';
import { htmlElements } from '../../src/lib/built-html.ts';

const policy: ServingPolicy = {
  csp: headerPolicy([
    "default-src 'self'; script-src 'self' 'sha256-a'",
    "default-src 'self'; script-src 'self' 'sha256-b'; style-src 'self' 'sha256-s'",
  ]),
  redirects: [{ from: '/services/old-name/', to: '/services/new-name/' }],
};

describe('the header CSP', () => {
  it('merges every page’s hashes, adds frame-ancestors and the worker’s WebAssembly', () => {
    expect(policy.csp).toBe(
      "default-src 'self'; script-src 'self' 'sha256-a' 'sha256-b' 'wasm-unsafe-eval'; style-src 'self' 'sha256-s'; frame-ancestors 'none'",
    );
  });
});

describe('caching, types and compression by path', () => {
  it('caches hashed files for a year and revalidates everything else', () => {
    for (const path of [
      '/_astro/Base.Cx1.css',
      '/pagefind/index/en_1.pf_index',
      '/pagefind/fragment/en_2.pf_fragment',
      '/pagefind/filter/en_3.pf_filter',
      '/pagefind/pagefind.en_9.pf_meta',
    ]) {
      expect(cacheControlOf(path), path).toBe(immutable);
    }
    for (const path of [
      '/',
      '/services/aws-lambda/',
      '/feed.xml',
      '/services.json',
      '/og/index.png',
      '/pagefind/pagefind.js',
      '/pagefind/pagefind-entry.json',
      '/pagefind/wasm.en.pagefind',
    ]) {
      expect(cacheControlOf(path), path).toBe(revalidate);
    }
  });

  it('gives Pagefind’s files, the exports and the feeds their types', () => {
    expect(contentTypeOf('/pagefind/wasm.en.pagefind')).toBe('application/octet-stream');
    expect(contentTypeOf('/pagefind/index/en_1.pf_index')).toBe('application/octet-stream');
    expect(contentTypeOf('/locations.geojson')).toBe('application/geo+json; charset=utf-8');
    expect(contentTypeOf('/services.csv')).toMatch(/^text\/csv/);
    expect(contentTypeOf('/feed.xml')).toBe('application/atom+xml; charset=utf-8');
    expect(contentTypeOf('/feed.json')).toBe('application/feed+json; charset=utf-8');
  });

  it('compresses text files, not Pagefind’s own (gzip already) or images', () => {
    expect(
      ['/index.html', '/_astro/x.css', '/pagefind/pagefind.js', '/services.csv', '/locations.geojson', '/feed.xml'].every(compressible),
    ).toBe(true);
    expect(['/pagefind/index/en_1.pf_index', '/pagefind/wasm.en.pagefind', '/og/index.png'].some(compressible)).toBe(false);
  });
});

describe('_headers and _redirects', () => {
  it('writes each policy once: one rule for every path, then the year-long caching of hashed files', () => {
    const text = headersFile(policy);
    expect(text.match(/Content-Security-Policy/g)).toHaveLength(1);
    expect(text).toMatch(/^\/\*\n {2}Strict-Transport-Security: max-age=31536000; includeSubDomains\n/);
    expect(text).toContain(`\n/_astro/*\n  Cache-Control: ${immutable}\n`);
    expect(text).toContain(`\n/pagefind/index/*\n  Cache-Control: ${immutable}\n`);
  });

  it('redirects an old address with and without its slash', () => {
    expect(redirectsFile(policy.redirects)).toBe(
      '/services/old-name/ /services/new-name/ 301\n/services/old-name /services/new-name/ 301\n',
    );
  });

  it('finds the redirects in the pages that are HTML redirects', () => {
    expect(redirectTarget(htmlElements('<head><meta http-equiv="refresh" content="0; url=/services/new-name/">'))).toBe(
      policy.redirects[0]!.to,
    );
    expect(redirectTarget(htmlElements('<head><title>x</title>'))).toBeUndefined();
  });
});

describe('the server configurations (run for real in tests/serve/)', () => {
  const nginx = nginxSite(policy, { root: '/srv/soc3/dist', listen: '80' });
  const caddy = caddySite(policy, { root: '/srv/soc3/dist', address: 'soc3.example.com' });

  it('nginx: every header on every response, precompressed files, the redirects and the 404 page', () => {
    expect(nginx).toContain('root /srv/soc3/dist;');
    expect(nginx).toContain(`add_header Content-Security-Policy "${policy.csp}" always;`);
    expect(nginx).toContain('add_header Cache-Control $soc3_cache_control always;');
    expect(nginx).toMatch(/gzip_static on;\n {2}brotli_static on;\n {2}gzip_vary on;/);
    expect(nginx).toContain('location = /services/old-name/ {\n    return 301 /services/new-name/;');
    expect(nginx).toContain('error_page 404 /404.html;');
    expect(nginx.match(/^ {2}add_header /gm)).toHaveLength(8);
  });

  it('Caddy: the same, with its own ways', () => {
    expect(caddy).toContain('{$SOC3_SITE_ADDRESS:soc3.example.com} {');
    expect(caddy).toContain('root * {$SOC3_ROOT:/srv/soc3/dist}');
    expect(caddy).toContain('redir /services/old-name/ /services/new-name/ 301');
    expect(caddy).toContain('precompressed br gzip');
    // The folder redirect names the folder the file matcher found, never the raw path (`//evil.example/..%2fx`).
    expect(caddy).toContain('redir @folder {file_match.relative} 301');
    expect(caddy).not.toMatch(/redir[^\n]*\{path\}/);
    expect(caddy).toContain(`Content-Security-Policy "${policy.csp.replace(/"/g, '\\"')}"`);
  });
});
