import { describe, expect, it } from 'vitest';
import { neighbours } from '../../src/lib/neighbours.ts';

describe('neighbours', () => {
  const list = ['a', 'b', 'c'];

  it('gives the items before and after', () => {
    expect(neighbours(list, 1)).toEqual({ prev: 'a', next: 'c' });
  });

  it('has no prev for the first and no next for the last', () => {
    expect(neighbours(list, 0)).toEqual({ prev: undefined, next: 'b' });
    expect(neighbours(list, 2)).toEqual({ prev: 'b', next: undefined });
  });

  it('has neither for a list of one', () => {
    expect(neighbours(['only'], 0)).toEqual({ prev: undefined, next: undefined });
  });

  it('returns the very items, not copies', () => {
    const items = [{ id: 1 }, { id: 2 }];
    expect(neighbours(items, 0).next).toBe(items[1]);
  });
});
