import { describe, expect, it } from 'vitest';
import { precisionAtK } from '../../pipeline/analytics/recommendations/precisionAtK.ts';

const lists = [[1, 2], [3], [4, 5]];
const targets = [new Set([2]), new Set([9]), new Set([5, 4])];

describe('precisionAtK(lists, targets, k)', () => {
  it('averages hits ÷ k over customers', () => {
    // (1/2 + 0/2 + 2/2) / 3 = 0.5
    expect(precisionAtK(lists, targets, 2)).toBe(0.5);
  });

  it('divides by k even when a list is shorter, and reads only the first k', () => {
    // k = 4: (1/4 + 0 + 2/4) / 3 = 0.25; k = 1: (0 + 0 + 1) / 3
    expect(precisionAtK(lists, targets, 4)).toBe(0.25);
    expect(precisionAtK(lists, targets, 1)).toBe(1 / 3);
  });
});
