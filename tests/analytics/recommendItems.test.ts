import { describe, expect, it } from 'vitest';
import type { Neighbours } from '../../pipeline/analytics/recommendations/itemNeighbours.ts';
import { recommendItems } from '../../pipeline/analytics/recommendations/recommendItems.ts';

// Item 0's neighbours: 1 (0.8), 2 (0.4); item 1's: 2 (0.6), 0 (0.8); item 3's: 2 (0.5).
const neighbours: Neighbours = {
  ids: [Int32Array.from([1, 2]), Int32Array.from([2, 0]), new Int32Array(), Int32Array.from([2])],
  similarities: [Float64Array.from([0.8, 0.4]), Float64Array.from([0.6, 0.8]), new Float64Array(), Float64Array.from([0.5])],
};
// The customer bought 0 (weight 1) and 3 (weight 0.5).
const history = [{ item: 0, weight: 1 }, { item: 3, weight: 0.5 }];
const bought = new Set([0, 3]);
const exclude = (item: number) => bought.has(item);
const rounded = (recs: ReturnType<typeof recommendItems>) => recs.map((r) => ({ ...r, score: Number(r.score.toFixed(4)) }));

describe('recommendItems(history, neighbours, options)', () => {
  it('scores the neighbours of the history as a share of the total, naming the strongest reason', () => {
    // 1: 1 · 0.8 = 0.8; 2: 1 · 0.4 + 0.5 · 0.5 = 0.65; total 1.45 → 0.5517 and 0.4483.
    expect(rounded(recommendItems(history, neighbours, { k: 5, exclude }))).toEqual([
      { item: 1, score: 0.5517, because: 0 },
      { item: 2, score: 0.4483, because: 0 },
    ]);
    expect(recommendItems(history, neighbours, { k: 1, exclude }).map((r) => r.item)).toEqual([1]);
  });

  it('adds the prior, which may bring in items of its own', () => {
    // prior weight 0.5: 1 → 0.5517 + 0.5 · 0.1 = 0.6017; 4 → 0.5 · 1 = 0.5; 2 → 0.4483.
    const prior = [0, 0.1, 0, 0, 1, 0];
    expect(rounded(recommendItems(history, neighbours, { k: 5, exclude, prior, priorWeight: 0.5, priorCandidates: [4, 1] }))).toEqual([
      { item: 1, score: 0.6017, because: 0 },
      { item: 4, score: 0.5, because: null },
      { item: 2, score: 0.4483, because: 0 },
    ]);
  });

  it('fills a short list from the fallback, skipping what is bought or already listed', () => {
    expect(recommendItems(history, neighbours, { k: 4, exclude, fallback: [0, 5, 2, 6] }).map((r) => [r.item, r.score > 0, r.because])).toEqual([
      [1, true, 0],
      [2, true, 0],
      [5, false, null],
      [6, false, null],
    ]);
  });

  it('never recommends an excluded item, even when it is a neighbour', () => {
    const all = recommendItems([{ item: 1, weight: 1 }], neighbours, { k: 5, exclude: (i) => i === 1 || i === 2 });
    expect(all.map((r) => r.item)).toEqual([0]);
  });
});
