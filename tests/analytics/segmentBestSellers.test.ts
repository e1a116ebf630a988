import { describe, expect, it } from 'vitest';
import { recommendationParams } from '../../pipeline/analytics/baskets/params.ts';
import { training } from '../../pipeline/analytics/recommendations/recommenders.ts';
import { categoryBestSellers, placeBestSellers } from '../../pipeline/analytics/recommendations/segmentBestSellers.ts';

// Items 0–4; places 0 (SP) and 1 (RJ); categories: 0, 1 → toys (0); 2, 3 → garden (1); 4 → none.
const baskets = [
  { customer: 0, day: 1, items: [0], place: 0 },
  { customer: 1, day: 1, items: [0, 2], place: 0 },
  { customer: 2, day: 2, items: [3], place: 1 },
  { customer: 3, day: 2, items: [3, 1], place: 1 },
  { customer: 4, day: 3, items: [2], place: 0 },
  { customer: 4, day: 4, items: [4], place: 1 }, // last basket in RJ
];
const p = { ...recommendationParams, top_k: 2 };
const train = training(baskets, 5, 10, Int32Array.from([0, 0, 1, 1, -1]));
const items = (list: { item: number }[]) => list.map((r) => r.item);

describe('placeBestSellers', () => {
  it('ranks by distinct customers in the place of the last basket, then overall', () => {
    // Overall: 0 (2), 2 (2), 3 (2), 1 (1), 4 (1). SP: 0 (2), 2 (2). RJ: 3 (2), 1 (1), 4 (1).
    const recommend = placeBestSellers(train, p);
    expect(items(recommend(0, 'c0'))).toEqual([2, 3]); // SP: 2, then overall 3
    expect(items(recommend(4, 'c4'))).toEqual([3, 1]); // RJ, customer has 2 and 4
    expect(items(recommend(9, 'new'))).toEqual([0, 2]); // no place: overall
  });
});

describe('categoryBestSellers', () => {
  it('scores share of the customer in the category × buyers, then fills with overall best sellers', () => {
    const recommend = categoryBestSellers(train, p);
    // Customer 0 (toys only): toys unbought = 1 (1 buyer) → score 1 × 1; then overall 2.
    expect(recommend(0, 'c0').map((r) => [r.item, r.score])).toEqual([[1, 1], [2, 0]]);
    // Customer 1 (toys ½, garden ½): 1 → ½ × 1; 3 → ½ × 2 = 1: 3 first.
    expect(recommend(1, 'c1').map((r) => [r.item, r.score])).toEqual([[3, 1], [1, 0.5]]);
    // Customer 4 (garden ½, none ½): 3 → ½ × 2.
    expect(items(recommend(4, 'c4'))).toEqual([3, 0]);
  });
});
