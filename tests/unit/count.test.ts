import { describe, expect, it } from 'vitest';
import { count, noun } from '../../src/lib/count.ts';

describe('counts with their nouns', () => {
  it('says one in the singular and any other number in the plural', () => {
    expect(count(1, 'service')).toBe('1 service');
    expect(count(0, 'service')).toBe('0 services');
    expect(count(4, 'service')).toBe('4 services');
    expect(count(2, 'category', 'categories')).toBe('2 categories');
    expect(noun(1, 'period')).toBe('period');
  });
});
