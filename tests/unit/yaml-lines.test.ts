import { describe, expect, it } from 'vitest';
import { valueLine } from '../../src/lib/yaml-lines.ts';

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
