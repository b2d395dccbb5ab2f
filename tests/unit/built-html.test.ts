import { describe, expect, it } from 'vitest';
import { findElement, firstElementAttrs, htmlElements } from '../../src/lib/built-html.ts';

describe('firstElementAttrs: the first matching element, the page parsed only up to it', () => {
  const og = { property: 'og:image' };
  const pages = {
    'markup in an attribute value': `<head><meta property="og:image" content="a.png" data-og-title="A </head><body> B <meta property=&quot;og:image&quot;>"></head><body><p>x</p></body>`,
    'a match in a template, compared case-insensitively': `<body><template><meta property="OG:IMAGE" content="t.png"></template><meta property="og:image" content="b.png"></body>`,
    'markup inside a script': `<script>"<meta property=\\"og:image\\" content=\\"no.png\\">"</script><meta property="og:image" content="yes.png">`,
    'no match': '<p>no head</p><meta property="og:title" content="x">',
  };

  it.each(Object.entries(pages))('%s: what findElement finds over the whole page', (_case, html) => {
    expect(firstElementAttrs(html, 'meta', og)).toEqual(findElement(htmlElements(html), 'meta', og)?.attrs);
  });

  it('gives the attributes entities decoded, and nothing without a match', () => {
    expect(firstElementAttrs(pages['markup in an attribute value'], 'meta', og)?.['data-og-title']).toBe(
      'A </head><body> B <meta property="og:image">',
    );
    expect(firstElementAttrs(pages['a match in a template, compared case-insensitively'], 'meta', og)?.['content']).toBe('t.png');
    expect(firstElementAttrs(pages['markup inside a script'], 'meta', og)?.['content']).toBe('yes.png');
    expect(firstElementAttrs(pages['no match'], 'meta', og)).toBeUndefined();
  });
});
