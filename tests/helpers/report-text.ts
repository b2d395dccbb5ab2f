/** The report's text two ways: from the extracted fixture (debris repaired) and from the built site. */
import { readFileSync } from 'node:fs';
import { fixturePath } from './paths.ts';

/**
 * The fixture as one run of text: lines trimmed and joined, blank lines (empty bullets, column gaps)
 * and the stray page number dropped. Joining also mends the entries split over two lines.
 */
export function fixtureText(): string {
  return readFileSync(fixturePath('soc3-report.txt'), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !/^\d+$/.test(l))
    .join(' ');
}

/** Sentences (and heading runs between them), split after . : ? ! followed by a space. */
export const sentences = (text: string) => text.split(/(?<=[.:?!])\s+/).filter(Boolean);

const blocks = new Set([
  'P',
  'LI',
  'UL',
  'OL',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'DIV',
  'SECTION',
  'ARTICLE',
  'HEADER',
  'TABLE',
  'TR',
  'TD',
  'TH',
  'BLOCKQUOTE',
  'DT',
  'DD',
  'DL',
  'NAV',
  'ASIDE',
]);

/**
 * Visible text of an element with blocks separated by a space and inline elements joined as the
 * HTML joins them: words glued by the HTML stay glued here, so a comparison catches them.
 * Elements marked as the site's own (data-pagefind-ignore) are left out.
 */
export function reportTextOf(root: Element): string {
  let out = '';
  const walk = (node: Node) => {
    if (node.nodeType === 3) out += node.textContent;
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (el.hasAttribute('data-pagefind-ignore')) return;
    const block = blocks.has(el.tagName);
    if (block) out += ' ';
    el.childNodes.forEach(walk);
    if (block) out += ' ';
  };
  walk(root);
  return out.replace(/\s+/g, ' ').trim();
}
