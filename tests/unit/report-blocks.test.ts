import type { Root } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { citation, citedReport } from '../../src/lib/citation.ts';
import { blockId, blockPlace, numberBlocks } from '../../src/lib/report-blocks.ts';

const parse = (mdx: string) => unified().use(remarkParse).use(remarkMdx).parse(mdx) as Root;

describe('numberBlocks: a stable id for every paragraph and list item, from its place', () => {
  it('numbers a section’s paragraphs and lists, and a list’s items, and sets them as the HTML ids', () => {
    const tree = parse('First paragraph.\n\nIt includes:\n\n- one\n- two\n\n<Scope of="services">\n\n- A\n- B\n\n</Scope>\n\nLast.\n');
    const blocks = numberBlocks(tree, 'people');
    expect(blocks.map((b) => [b.id, b.text])).toEqual([
      ['people-p1', 'First paragraph.'],
      ['people-p2', 'It includes:'],
      ['people-p3', 'one\ntwo'],
      ['people-p4', 'A\nB'],
      ['people-p5', 'Last.'],
    ]);
    expect(blocks[2]!.items!.map((i) => i.id)).toEqual(['people-p3-1', 'people-p3-2']);
    const list = tree.children[2] as { children: { data?: { hProperties?: { id?: string } } }[] };
    expect(list.children.map((li) => li.data?.hProperties?.id)).toEqual(['people-p3-1', 'people-p3-2']);
  });

  it('in a category file, numbers each service’s paragraphs under its own slug', () => {
    const blocks = numberBlocks(parse('## AWS Lambda\n\nRuns code.\n\nAt scale.\n\n## Amazon EC2 (EC2)\n\nServers.\n'), 'compute', {
      perService: true,
    });
    expect(blocks.map((b) => b.id)).toEqual(['aws-lambda-p1', 'aws-lambda-p2', 'amazon-ec2-ec2-p1']);
  });

  it('never takes an id from the words: the same place keeps its id when the text is corrected', () => {
    const before = numberBlocks(parse('One.\n\nTwo.\n'), 'data').map((b) => b.id);
    const after = numberBlocks(parse('One, corrected.\n\nTwo.\n'), 'data').map((b) => b.id);
    expect(after).toEqual(before);
    expect(blockId('data', 2, 3)).toBe('data-p2-3');
  });
});

describe('blockPlace: what an id says of its place, for the link control and the citation', () => {
  it('reads back what blockId wrote', () => {
    expect(blockPlace(blockId('people', 2))).toBe('paragraph 2');
    expect(blockPlace(blockId('aws-background', 3, 12))).toBe('paragraph 3, item 12');
    expect(blockPlace(blockId('amazon-ec2-systems-manager', 1))).toBe('paragraph 1');
  });

  it('is undefined for an id that is not a block’s', () => {
    expect(blockPlace('amazon-glacier')).toBeUndefined();
    expect(blockPlace('services-in-scope')).toBeUndefined();
  });
});

describe('citation', () => {
  it('names the organization, the report and its period, the part, the pinned URL and the day of access', () => {
    const report = citedReport({
      organization: 'Amazon Web Services, Inc.',
      document: 'SOC 3 report',
      period: { start: new Date('2017-04-01'), end: new Date('2017-09-30') },
    });
    expect(
      citation(
        { report, part: 'AWS Lambda', kind: 'Compute · Service' },
        'https://x.test/2017-04-01--2017-09-30/services/aws-lambda/',
        new Date(2026, 11, 1, 12),
      ),
    ).toBe(
      'Amazon Web Services, Inc., SOC 3 report, 1 April 2017 to 30 September 2017. “AWS Lambda” (Compute · Service). https://x.test/2017-04-01--2017-09-30/services/aws-lambda/. Accessed 1 December 2026.',
    );
  });
});
