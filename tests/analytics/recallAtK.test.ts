import { describe, expect, it } from 'vitest';
import { recallAtK } from '../../pipeline/analytics/recommendations/recallAtK.ts';

const lists = [[1, 2], [3], [4, 5]];
const targets = [new Set([2]), new Set([9]), new Set([5, 4])];

describe('recallAtK(lists, targets, k)', () => {
  it('averages hits ÷ targets over customers', () => {
    // (1/1 + 0/1 + 2/2) / 3
    expect(recallAtK(lists, targets, 2)).toBe(2 / 3);
  });

  it('reads only the first k of each list', () => {
    // k = 1: customer 2 finds 4 of {4, 5}: (0 + 0 + 1/2) / 3
    expect(recallAtK(lists, targets, 1)).toBe(1 / 6);
  });

  it('counts a customer without targets as 0', () => {
    expect(recallAtK([[1], [2]], [new Set([1]), new Set<number>()], 1)).toBe(0.5);
  });
});
