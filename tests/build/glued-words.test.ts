import { describe, expect, it } from 'vitest';
import { builtPages, page } from '../helpers/dist.ts';

const blockTags =
  /^(P|LI|UL|OL|H[1-6]|DIV|SECTION|ARTICLE|HEADER|FOOTER|MAIN|NAV|ASIDE|TABLE|THEAD|TBODY|TR|TD|TH|CAPTION|DL|DT|DD|BODY|DETAILS|SUMMARY|FIGURE|FIGCAPTION|FORM|LABEL|BUTTON|svg|g|text|title)$/;

/**
 * Places where two inline runs of text meet with no space and a letter or digit on each side,
 * e.g. `<span>51</span><span>services</span>`, or a separator glued to a word on either side
 * (`data:<a>services.json</a>`, `json</a><span>·</span>`): what compressHTML does to a template that
 * relies on a line break for its space.
 */
function gluedRuns(root: Element): string[] {
  const found: string[] = [];
  let previous = '';
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      const text = node.textContent ?? '';
      if (/[\p{L}\p{N}:;·]$/u.test(previous) && /^[\p{L}\p{N}·]/u.test(text)) found.push(`${previous.slice(-25)}|${text.slice(0, 25)}`);
      if (text !== '') previous = text;
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (['SCRIPT', 'STYLE', 'TEMPLATE'].includes(el.tagName)) return;
    const block = blockTags.test(el.tagName);
    if (block) previous = '';
    el.childNodes.forEach(walk);
    if (block) previous = '';
  };
  walk(root);
  return found;
}

describe('no words glued together by HTML compression', () => {
  const pages = builtPages();

  it('built the pages', () => {
    expect(pages.length).toBeGreaterThanOrEqual(75);
  });

  it.each(pages)('%s', (path) => {
    expect(gluedRuns(page(path).body)).toEqual([]);
  });

  it('catches a glued pair (the check itself can fail)', () => {
    const doc = page('/');
    const p = doc.createElement('p');
    p.innerHTML = '<span>51</span><span>services</span>';
    expect(gluedRuns(p)).toEqual(['51|services']);
    p.innerHTML = 'as data:<a>services.json</a><span>·</span><a>services.csv</a>';
    expect(gluedRuns(p)).toEqual(['as data:|services.json', 'services.json|·', '·|services.csv']);
  });
});
