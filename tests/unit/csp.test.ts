import { describe, expect, it } from 'vitest';
import { htmlElements, spliceHtml } from '../../src/lib/built-html.ts';
import { inlineSourcesOf, ownPolicy, sha256Source, tightenPage, trimInlineStyles } from '../../src/lib/csp.ts';
import { svgDataUrl } from '../../src/lib/icon.ts';

const hash = (text: string) => `'${sha256Source(text)}'`;
/** The page with its styles trimmed, and the policy to match. */
function trimmed(html: string, policy: string) {
  const trim = trimInlineStyles(htmlElements(html), policy);
  return { html: spliceHtml(html, trim.edits), policy: trim.policy };
}

describe('a page’s own policy', () => {
  const page = [
    '<script>theme()</script>',
    '<script type="module">share()</script>',
    '<script type="application/ld+json">{"@type":"Report"}</script>',
    '<script type="module" src="/_astro/map.js"></script>',
    '<template><script type="module">later()</script></template>',
    '<style>h1{color:red}</style>',
  ].join('');

  it('finds the inline scripts a browser runs (templates included) and the inline styles, not data blocks or files', () => {
    expect(inlineSourcesOf(htmlElements(page))).toEqual({ scripts: ['theme()', 'share()', 'later()'], styles: ['h1{color:red}'] });
  });

  it('keeps only the hashes of the page’s own inline blocks, and every other source', () => {
    const build = `default-src 'self'; script-src 'self' ${['theme()', 'share()', 'later()', 'elsewhere()'].map(hash).join(' ')}; style-src 'self' ${hash('h1{color:red}')} ${hash('p{}')}`;
    expect(ownPolicy(build, htmlElements(page), '/x/')).toBe(
      `default-src 'self'; script-src 'self' ${['theme()', 'share()', 'later()'].map(hash).join(' ')}; style-src 'self' ${hash('h1{color:red}')}`,
    );
  });

  it('drops the hashes of a page with no inline block at all', () => {
    expect(ownPolicy(`script-src 'self' ${hash('a()')}`, htmlElements('<p>text</p>'), '/x/')).toBe("script-src 'self'");
  });

  it('fails, naming the page and the block, when an inline block has no hash in the policy', () => {
    expect(() => ownPolicy("script-src 'self'; style-src 'self'", htmlElements('<script>unhashed()</script>'), '/services/x/')).toThrow(
      /\/services\/x\/: an inline script \(“unhashed\(\)…”\) has no hash in the page's script-src/,
    );
    expect(() => ownPolicy(`script-src 'self'; style-src 'self'`, htmlElements('<style>p{}</style>'), '/y/')).toThrow(
      /\/y\/: an inline style/,
    );
  });
});

describe('pages read as a browser reads them (an HTML parser, not patterns)', () => {
  const filter = 'filterCatalog()';
  const policy = `script-src 'self' ${hash(filter)}`;

  it('keeps a script’s hash when an attribute before it holds the text “<script” (a service name)', () => {
    // Astro escapes only & and " in attributes: a name with "<script" reaches the page as it is.
    const page = `<li data-name="Amazon <script Service" data-type="storage">Amazon &lt;script Service</li><script type="module">${filter}</script>`;
    expect(inlineSourcesOf(htmlElements(page)).scripts).toEqual([filter]);
    expect(ownPolicy(policy, htmlElements(page), '/services/')).toBe(policy);
  });

  it('finds no script in a description that quotes one as text', () => {
    const page = `<meta name="description" content="It quotes <script>alert(1)</script> as text"><p>&lt;script&gt;alert(1)&lt;/script&gt;</p><script>${filter}</script>`;
    expect(inlineSourcesOf(htmlElements(page)).scripts).toEqual([filter]);
    expect(ownPolicy(policy, htmlElements(page), '/sections/x/')).toBe(policy);
  });

  it('trims a stylesheet without touching text elsewhere that looks like one', () => {
    const html = '<p title="<style>p{}\n</style>">x</p><style>h1{}\n</style>';
    expect(trimmed(html, `style-src ${hash('h1{}\n')}`)).toEqual({
      html: '<p title="<style>p{}\n</style>">x</p><style>h1{}</style>',
      policy: `style-src ${hash('h1{}')}`,
    });
  });
});

describe('inline stylesheets without surrounding whitespace', () => {
  it('trims each style’s text and changes its hash in the policy to match', () => {
    const html = '<style>h1{}\n</style><style>p{}</style>';
    const policy = `style-src 'self' ${hash('h1{}\n')} ${hash('p{}')}`;
    expect(trimmed(html, policy)).toEqual({
      html: '<style>h1{}</style><style>p{}</style>',
      policy: `style-src 'self' ${hash('h1{}')} ${hash('p{}')}`,
    });
  });
});

describe('a built page tightened', () => {
  it('gets its own hashes in its meta policy, its styles trimmed, and every other byte as it was', () => {
    const build = `script-src 'self' ${hash('a()')} ${hash('b()')}; style-src ${hash('p{}\n')}`;
    const head = `<!DOCTYPE html><html><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="${build}"><title>A &amp; B</title>`;
    const page = `${head}<style>p{}\n</style></head><body><p title="x > y">a &lt;b&gt;</p><script>a()</script></body></html>`;
    const own = `script-src 'self' ${hash('a()')}; style-src ${hash('p{}')}`;
    expect(tightenPage(page, '/x/')).toMatchObject({
      html: page.replace(build, own).replace('p{}\n', 'p{}'),
      policy: own,
    });
  });

  it('fails, naming the page, without a policy meta tag', () => {
    expect(() => tightenPage('<title>x</title>', '/x/')).toThrow('/x/ has no Content-Security-Policy meta tag');
  });
});

describe('the icon as a data: URL', () => {
  const svg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">\n<rect fill="#0a58a8" width="32"/></svg>\n';

  it('escapes only what a URL cannot hold and decodes back to the same SVG', () => {
    const url = svgDataUrl(svg);
    expect(url).toBe(
      "data:image/svg+xml,%3Csvg%20xmlns='http://www.w3.org/2000/svg'%20viewBox='0%200%2032%2032'%3E%20%3Crect%20fill='%230a58a8'%20width='32'/%3E%3C/svg%3E",
    );
    expect(decodeURIComponent(url.slice('data:image/svg+xml,'.length))).toBe(svg.trim().replace(/"/g, "'").replace(/\n/g, ' '));
    expect(url).not.toMatch(/["\s#<>]/);
  });
});
