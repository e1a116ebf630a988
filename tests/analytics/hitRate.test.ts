import { describe, expect, it } from 'vitest';
import { hitRate } from '../../pipeline/analytics/recommendations/hitRate.ts';

describe('hitRate(lists, targets)', () => {
  it('is the share of customers with at least one target in their list', () => {
    // Customer 0 hits (2), customer 1 misses, customer 2 hits twice (still one customer).
    expect(hitRate([[1, 2], [3], [4, 5]], [new Set([2]), new Set([9]), new Set([5, 4])])).toBe(2 / 3);
  });

  it('is 0 for no customers, and refuses lists and targets of different lengths', () => {
    expect(hitRate([], [])).toBe(0);
    expect(() => hitRate([[1]], [])).toThrow(/1 recommendation lists for 0 target sets/);
  });
});
