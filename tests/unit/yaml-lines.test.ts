/** Lines of YAML fields for messages (src/lib/yaml-lines.ts): a value's line, and an MDX file's frontmatter fields counted from the file's first line. */
import { describe, expect, it } from 'vitest';
import { frontmatterLine, valueLine } from '../../src/lib/yaml-lines.ts';

describe('valueLine', () => {
  const text = [
    'site:',
    '  renames:',
    '    - from: Amazon EC2 SSM',
    '      to: "Amazon EC2 Systems Manager"',
    "    - { from: 'AWS Lambda (old)', to: AWS Lambda } # flow style",
  ].join('\n');

  it('finds key: value, plain, quoted or in a flow mapping', () => {
    expect(valueLine(text, 'from', 'Amazon EC2 SSM')).toBe(3);
    expect(valueLine(text, 'to', 'Amazon EC2 Systems Manager')).toBe(4);
    expect(valueLine(text, 'from', 'AWS Lambda (old)')).toBe(5);
    expect(valueLine(text, 'to', 'AWS Lambda')).toBe(5);
  });

  it('matches whole values only, and the key asked for', () => {
    expect(valueLine(text, 'from', 'Amazon EC2')).toBeUndefined();
    expect(valueLine(text, 'to', 'Amazon EC2 SSM')).toBeUndefined();
  });
});

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
