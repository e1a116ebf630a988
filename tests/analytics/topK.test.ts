import { describe, expect, it } from 'vitest';
import { topK } from '../../pipeline/analytics/recommendations/topK.ts';

const scores: Record<number, number> = { 5: 0.5, 2: 0.9, 9: 0.5, 1: 0.1 };
const score = (id: number) => scores[id]!;

describe('topK(ids, score, k)', () => {
  it('returns the k best, best first, equal scores to the smaller id', () => {
    expect(topK([5, 2, 9, 1], score, 3)).toEqual({ ids: [2, 5, 9], scores: [0.9, 0.5, 0.5] });
  });

  it('does not depend on the order of the ids', () => {
    expect(topK([1, 9, 2, 5], score, 3)).toEqual(topK([5, 2, 9, 1], score, 3));
    expect(topK([9, 5], score, 1).ids).toEqual([5]);
  });

  it('returns everything, sorted, when k is larger than the input; nothing for k = 0', () => {
    expect(topK([5, 2, 9, 1], score, 10).ids).toEqual([2, 5, 9, 1]);
    expect(topK([5, 2], score, 0)).toEqual({ ids: [], scores: [] });
    expect(topK([], score, 3)).toEqual({ ids: [], scores: [] });
  });
});
