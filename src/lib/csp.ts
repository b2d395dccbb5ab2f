import { createHash } from 'node:crypto';
import { findElement, htmlAttribute, htmlElements, spliceHtml, type HtmlEdit, type HtmlElement } from './built-html.ts';
import { themeInitScript } from './theme.ts';

/** `sha256-…` source expression for an inline script or style. */
export const sha256Source = (text: string): `sha256-${string}` => `sha256-${createHash('sha256').update(text).digest('base64')}`;

/**
 * The Content-Security-Policy every page gets as a `<meta>` tag (Astro adds the hashes of its own scripts
 * and styles). Nothing may load from another origin; the one inline script is the theme's, by hash.
 * Pagefind compiles its WebAssembly in a worker, which gets the policy of its own response (the header
 * policy, `headerPolicy`), so pages need no 'wasm-unsafe-eval'.
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

/** A policy's directives: name → sources. */
function directivesOf(policies: readonly string[]): Map<string, Set<string>> {
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
  return directives;
}

/** Script types a browser runs; any other (`application/ld+json`) is a data block, which no policy governs. */
const runnable = /^(|module|text\/javascript|application\/javascript)$/i;

/** The text of every inline script a browser would run and every inline stylesheet, in `<template>`s too (they run when inserted). */
export function inlineSourcesOf(elements: readonly HtmlElement[]): { scripts: string[]; styles: string[] } {
  const scripts = elements
    .filter((e) => e.tag === 'script' && e.attrs['src'] === undefined && runnable.test((e.attrs['type'] ?? '').trim()))
    .map((e) => e.text);
  const styles = elements.filter((e) => e.tag === 'style').map((e) => e.text);
  return { scripts, styles };
}

/**
 * The edits that take the whitespace around each inline stylesheet's text off, and the policy with their hashes
 * changed to match. Astro ends an inlined stylesheet with a newline; the Nu Html Checker trims a block before
 * hashing it (browsers do not) and so reports a correctly hashed style as blocked. Trimmed, both agree.
 */
export function trimInlineStyles(elements: readonly HtmlElement[], policy: string): { edits: HtmlEdit[]; policy: string } {
  let trimmedPolicy = policy;
  const edits = elements.flatMap(({ tag, text, textSpan }) => {
    const trimmed = text.trim();
    if (tag !== 'style' || !textSpan || trimmed === text) return [];
    trimmedPolicy = trimmedPolicy.replace(`'${sha256Source(text)}'`, `'${sha256Source(trimmed)}'`);
    return [{ span: textSpan, text: trimmed }];
  });
  return { edits, policy: trimmedPolicy };
}

/**
 * A page's own policy: its `script-src` and `style-src` keep the hashes of the page's own inline scripts and
 * styles, and no other. Astro writes the hashes of the whole build into every page (it does not group them by
 * page yet: https://github.com/withastro/astro/pull/13675; drop this once it does), 32 hashes where a page has
 * about six, ~1.3 KB of every page and, merged, ~2.7 KB of headers on every response. An inline block whose
 * hash the policy lacks is an error: browsers would refuse to run it.
 */
export function ownPolicy(policy: string, elements: readonly HtmlElement[], page: string): string {
  const { scripts, styles } = inlineSourcesOf(elements);
  const directives = directivesOf([policy]);
  for (const [name, texts] of [
    ['script-src', scripts],
    ['style-src', styles],
  ] as const) {
    const allowed = directives.get(name) ?? new Set<string>();
    const own = new Set<string>();
    for (const text of texts) {
      const hash = `'${sha256Source(text)}'`;
      if (!allowed.has(hash))
        throw new Error(
          `${page}: an inline ${name === 'script-src' ? 'script' : 'style'} (“${text.slice(0, 60)}…”) has no hash in the page's ${name}; give it one (Astro.csp.insert${name === 'script-src' ? 'Script' : 'Style'}Hash) or move it to a file`,
        );
      own.add(hash);
    }
    if (own.size > 0 || allowed.size > 0)
      directives.set(name, new Set([...allowed].filter((source) => !source.startsWith("'sha") || own.has(source))));
  }
  return Array.from(directives, ([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/**
 * A built page with its `<meta>` policy cut to its own hashes (ownPolicy) and its inline styles trimmed
 * (trimInlineStyles), read in one parse, whose edits and elements it gives too; `page` (its URL path) names it in errors.
 */
export function tightenPage(html: string, page: string): { html: string; edits: HtmlEdit[]; policy: string; elements: HtmlElement[] } {
  const elements = htmlElements(html);
  const meta = findElement(elements, 'meta', { 'http-equiv': 'content-security-policy' });
  const policy = meta?.attrs['content'];
  const span = meta?.attrSpans['content'];
  if (!policy || !span) throw new Error(`${page} has no Content-Security-Policy meta tag: every page must be built through Base.astro`);
  const trimmed = trimInlineStyles(elements, ownPolicy(policy, elements, page));
  const edits = [...trimmed.edits, { span, text: htmlAttribute('content', trimmed.policy) }];
  return { html: spliceHtml(html, edits), edits, policy: trimmed.policy, elements };
}

/**
 * The Content-Security-Policy HTTP header of every response: the pages' `<meta>` policies merged (the same
 * directives, with every page's script and style hashes), `frame-ancestors 'none'` (which a meta tag cannot
 * carry), and `'wasm-unsafe-eval'` for Pagefind's worker. A page's browser enforces its stricter meta policy
 * as well, so pages still compile no WebAssembly.
 */
export function headerPolicy(pagePolicies: readonly string[]): string {
  const directives = directivesOf(pagePolicies);
  directives.set('script-src', new Set([...(directives.get('script-src') ?? ["'self'"]), "'wasm-unsafe-eval'"]));
  directives.set('frame-ancestors', new Set(["'none'"]));
  return Array.from(directives, ([name, sources]) => [name, ...sources].join(' ')).join('; ');
}
