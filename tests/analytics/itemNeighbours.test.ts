import { describe, expect, it } from 'vitest';
import { itemNeighbours } from '../../pipeline/analytics/recommendations/itemNeighbours.ts';

// Groups (customers or baskets): {0, 1}, {0, 1, 2}, {1, 2}, {3}.
// Items in groups: n0 = 2, n1 = 3, n2 = 2, n3 = 1. Together: (0, 1) 2, (0, 2) 1, (1, 2) 2.
const groups = [[0, 1], [0, 1, 2], [1, 2], [3]];
const plain = (n: ReturnType<typeof itemNeighbours>) => n.ids.map((ids, i) => [...ids].map((j, x) => [j, Number(n.similarities[i]![x]!.toFixed(4))]));

describe('itemNeighbours(groups, itemCount, {k, alpha, groupWeights})', () => {
  it('is the cosine of the 0/1 group vectors for alpha 0.5', () => {
    // (0, 1): 2 / √(2 · 3) = 0.8165; (0, 2): 1 / √(2 · 2) = 0.5; (1, 2): 2 / √(3 · 2) = 0.8165.
    expect(plain(itemNeighbours(groups, 4, { k: 5 }))).toEqual([
      [[1, 0.8165], [2, 0.5]],
      [[0, 0.8165], [2, 0.8165]],
      [[1, 0.8165], [0, 0.5]],
      [],
    ]);
  });

  it('keeps the k most similar, equal similarities to the smaller id', () => {
    expect(itemNeighbours(groups, 4, { k: 1 }).ids.map((ids) => [...ids])).toEqual([[1], [0], [1], []]);
  });

  it('alpha 1 divides by the first item only: similarity becomes asymmetric', () => {
    // (0 → 1): 2 / n0 = 1; (1 → 0): 2 / n1 = 0.6667.
    const n = plain(itemNeighbours(groups, 4, { k: 5, alpha: 1 }));
    expect(n[0]![0]).toEqual([1, 1]);
    expect(n[1]).toEqual([[0, 0.6667], [2, 0.6667]]);
  });

  it('weights groups: the group {0, 1, 2} at 0.5', () => {
    // (0, 1): (1 + 0.5) / √6 = 0.6124; (0, 2): 0.5 / 2 = 0.25; (1, 2): (0.5 + 1) / √6 = 0.6124.
    expect(plain(itemNeighbours(groups, 4, { k: 5, groupWeights: [1, 0.5, 1, 1] }))[0]).toEqual([[1, 0.6124], [2, 0.25]]);
  });

  it('counts an item once per group, and rejects items outside the catalogue', () => {
    expect(plain(itemNeighbours([[0, 0, 1]], 2, { k: 5 }))).toEqual([[[1, 1]], [[0, 1]]]);
    expect(() => itemNeighbours([[0, 7]], 2, { k: 5 })).toThrow(/item 7 is not in 0…1/);
  });
});
