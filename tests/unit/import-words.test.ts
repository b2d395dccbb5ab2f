/**
 * Word for word: every word of the real report's text is in the imported folder, in the report's order, or in
 * the list of what the import left out, with its reason. The folder's words are read back through remark (the
 * parser the site builds with), not through the import's own code.
 */
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { readFileSync } from 'node:fs';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { importReportText } from '../../src/lib/import/import-report.ts';
import { accountWords } from '../../src/lib/import/word-account.ts';
import { fixturePath } from '../helpers/paths.ts';

const text = readFileSync(fixturePath('soc3-report.txt'), 'utf8');
const { imported } = importReportText(text, { published: '2026-11-28' });
const words = (s: string) => s.split(/\s+/).filter(Boolean);
const parser = unified().use(remarkParse).use(remarkMdx);

/** The words a reader sees in one written file: the printed heading (not a heading the site supplies), then the text. */
function wordsOfFile(path: string): string[] {
  const { frontmatter, content } = parseFrontmatter(imported!.files.get(path)!);
  const heading = frontmatter['titleFrom'] === 'site' ? [] : words(String(frontmatter['title']));
  const tree = parser.parse(content) as Root;
  const block = (node: RootContent): string[] => {
    if (node.type === 'mdxJsxFlowElement') return node.children.flatMap(block);
    if (node.type === 'list') return node.children.flatMap((item) => words(toString(item)));
    return words(toString(node));
  };
  return [...heading, ...tree.children.flatMap(block)];
}

describe('word accounting over the real report', () => {
  const order = imported!.outline.parts.map((p) => `${p.kind === 'section' ? 'sections' : 'categories'}/${p.key}.mdx`);
  const written = order.flatMap(wordsOfFile);
  const leftOut = imported!.leftOut;

  it('leaves out only the stray page number, and says why', () => {
    expect(leftOut.map((l) => [l.text, l.reason])).toEqual([['4', 'page number']]);
  });

  it('writes every other word of the input, in the input’s order, and no word of its own', () => {
    const lines = text.split('\n');
    const kept = lines.filter((_, i) => !leftOut.some((l) => l.line === i + 1)).join('\n');
    expect(written).toEqual(words(kept));
    expect(written).toHaveLength(words(text).length - 1);
  });

  it('finds nothing unaccounted, by the import’s own count either', () => {
    expect(imported!.accounting).toEqual({ unaccounted: [], added: [] });
  });

  it('catches a word dropped from the output, and a word added to it', () => {
    const input = words(text);
    const dropped = written.filter((w, i) => !(w === 'absolute,' && i < 200));
    expect(accountWords(input, dropped, ['4']).unaccounted).toEqual(['absolute,']);
    expect(accountWords(input, [...written, 'extra'], ['4']).added).toEqual(['extra']);
    expect(accountWords(input, written, []).unaccounted).toEqual(['4']);
  });
});
