import { describe, expect, it } from 'vitest';
import { recommendationParams } from '../../pipeline/analytics/baskets/params.ts';
import { cosineItemCf, randomRecommender, recentBasketItemCf, training } from '../../pipeline/analytics/recommendations/recommenders.ts';

// Items: 0 tea, 1 cup, 2 saucer, 3 spoon. Three customers bought tea with a cup; customer 3 only
// tea. Cups are the obvious next product for customer 3.
const baskets = [
  { customer: 0, day: 1, items: [0, 1] },
  { customer: 1, day: 2, items: [0, 1, 2] },
  { customer: 2, day: 3, items: [0, 1] },
  { customer: 3, day: 4, items: [0] },
  { customer: 4, day: 5, items: [3] },
];
const train = training(baskets, 4, 10);
const p = { ...recommendationParams, top_k: 2 };

describe('the recommenders on a tiny purchase matrix', () => {
  it('item_cf_cosine recommends the cup to the customer who bought only tea, because of the tea', () => {
    // cos(tea, cup) = 3 / √(4 · 3) = 0.866 > cos(tea, saucer) = 1 / √(4 · 1) = 0.5
    const recs = cosineItemCf(train, p)(3, 'c3');
    expect(recs.map((r) => [r.item, r.because])).toEqual([[1, 0], [2, 0]]);
    expect(recs[0]!.score).toBeGreaterThan(recs[1]!.score);
  });

  it('item_cf_recent_baskets recommends the cup too, and never what was bought', () => {
    expect(recentBasketItemCf(train, p)(3, 'c3')[0]).toMatchObject({ item: 1, because: 0 });
    expect(recentBasketItemCf(train, p)(1, 'c1').map((r) => r.item)).toEqual([3]);
  });

  it('the random baseline is seeded per customer: same customer, same draw', () => {
    const random = randomRecommender(train, p);
    expect(random(3, 'c3')).toEqual(random(3, 'c3'));
    expect(random(3, 'c3').every((r) => r.item !== 0)).toBe(true);
  });
});
