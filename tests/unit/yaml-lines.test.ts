/** Lines of frontmatter fields for messages (src/lib/yaml-lines.ts): an MDX file's lines, counted from its first. */
import { describe, expect, it } from 'vitest';
import { frontmatterLine } from '../../src/lib/yaml-lines.ts';

const mdx = [
  '---',
  'title: Attachment A',
  '# a comment',
  'parent: attachment-a',
  'nested:',
  '  parent: not-this-one',
  '---',
  '',
  'parent: in the text',
  '',
].join('\n');

describe('frontmatterLine', () => {
  it('the file line of a top-level field of the frontmatter, not of a nested key or of the text', () => {
    expect(frontmatterLine(mdx, ['title'])).toBe(2);
    expect(frontmatterLine(mdx, ['parent'])).toBe(4);
    expect(frontmatterLine(mdx, ['nested', 'parent'])).toBe(6);
  });

  it('undefined for a field the frontmatter does not have, or a file without frontmatter', () => {
    expect(frontmatterLine(mdx, ['kind'])).toBeUndefined();
    expect(frontmatterLine('parent: in the text\n', ['parent'])).toBeUndefined();
    expect(frontmatterLine('---\n---\n\nparent: x\n', ['parent'])).toBeUndefined();
  });

  it('with Windows line ends', () => {
    expect(frontmatterLine(mdx.replaceAll('\n', '\r\n'), ['parent'])).toBe(4);
  });
});
