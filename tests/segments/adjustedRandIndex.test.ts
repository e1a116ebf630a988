import { describe, expect, it } from 'vitest';
import { adjustedRandIndex } from '../../pipeline/analytics/segments/adjustedRandIndex.ts';

describe('adjustedRandIndex(a, b)', () => {
  it('is 1 for the same partition, whatever the label names', () => {
    expect(adjustedRandIndex([0, 0, 1, 1], [0, 0, 1, 1])).toBe(1);
    expect(adjustedRandIndex([0, 0, 1, 1], [1, 1, 0, 0])).toBe(1);
  });

  it('matches the scikit-learn documentation examples', () => {
    // Contingency (0,0)=2, (1,1)=1, (1,2)=1: index 1, expected 2·1/6, max 1.5 → (2/3)/(7/6) = 4/7.
    expect(adjustedRandIndex([0, 0, 1, 1], [0, 0, 1, 2])).toBeCloseTo(4 / 7, 12);
    expect(adjustedRandIndex([0, 0, 1, 2], [0, 0, 1, 1])).toBeCloseTo(0.5714285714, 9);
    // Every pair split: index 0, expected 2·0/6 = 0, max 1 → 0.
    expect(adjustedRandIndex([0, 0, 1, 1], [0, 1, 2, 3])).toBe(0);
    // Worse than chance: index 0, expected 2·2/6 = 2/3, max 2 → −0.5.
    expect(adjustedRandIndex([0, 0, 1, 1], [0, 1, 0, 1])).toBeCloseTo(-0.5, 12);
  });

  it('treats two trivial partitions as identical (scikit-learn convention)', () => {
    expect(adjustedRandIndex([3, 3, 3], [7, 7, 7])).toBe(1);
    expect(adjustedRandIndex([0, 1, 2], [2, 1, 0])).toBe(1);
  });

  it('rejects labellings of different length', () => {
    expect(() => adjustedRandIndex([0, 1], [0])).toThrow(/2 vs 1/);
  });
});
