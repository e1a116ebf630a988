import { describe, expect, it } from 'vitest';
import { recommendationParams } from '../../pipeline/analytics/baskets/params.ts';
import { buyAgainRecency, mostBought, mostRecent } from '../../pipeline/analytics/recommendations/buyAgain.ts';
import { categoryCoPurchase } from '../../pipeline/analytics/recommendations/categoryCoPurchase.ts';
import { training } from '../../pipeline/analytics/recommendations/recommenders.ts';

// Customer 0 (training ends day 100): tea (item 0) on days 10, 20, 30; cup (1) on days 90 and 95;
// spoon (2) on day 99.
const baskets = [
  { customer: 0, day: 10, items: [0] },
  { customer: 0, day: 20, items: [0] },
  { customer: 0, day: 30, items: [0, 0] },
  { customer: 0, day: 90, items: [1] },
  { customer: 0, day: 95, items: [1] },
  { customer: 0, day: 99, items: [2] },
];
const train = training(baskets, 3, 100);
const p = { ...recommendationParams, top_k: 3 };

describe('buy-again lists: the customer’s own products', () => {
  it('most-bought lines: the products in the most baskets (a product twice in one basket counts once)', () => {
    expect(mostBought(train, p)(0, 'c0').map((r) => [r.item, Math.floor(r.score)])).toEqual([[0, 3], [1, 2], [2, 1]]);
  });
  it('last bought: most recent first', () => {
    expect(mostRecent(train, p)(0, 'c0').map((r) => r.item)).toEqual([2, 1, 0]);
  });
  it('frequent and recent: Σ ½^(age ÷ half-life) over the baskets', () => {
    // half-life 10 days: tea ½^9 + ½^8 + ½^7 ≈ 0.013; cup ½^1 + ½^0.5 ≈ 1.207; spoon ½^0.1 ≈ 0.933
    const recs = buyAgainRecency(train, { ...p, buy_again_half_life_days: 10 })(0, 'c0');
    expect(recs.map((r) => r.item)).toEqual([1, 2, 0]);
    expect(recs[0]!.score).toBeCloseTo(0.5 + 0.5 ** 0.5, 12);
    // a very long half-life counts baskets: the tea's three first
    expect(buyAgainRecency(train, { ...p, buy_again_half_life_days: 1e6 })(0, 'c0')[0]!.item).toBe(0);
  });
  it('gives a customer without history an empty list', () => {
    expect(mostBought(train, p)(7, 'c7')).toEqual([]);
  });
});

describe('categoryCoPurchase', () => {
  // Categories: items 0, 1 → 0 (bed); 2 → 1 (bath); 3 → 2 (toys). Customers 0 and 1 bought bed and
  // bath; customer 2 bed only; customer 3 toys. Customer 2's affinity: bed 1 + bath 2/3 (of bed's
  // 3 customers, 2 also bought bath); toys 0.
  const categoryOf = Int32Array.from([0, 0, 1, 2]);
  const data = [
    { customer: 0, day: 1, items: [0, 2] },
    { customer: 1, day: 2, items: [1, 2] },
    { customer: 2, day: 3, items: [0] },
    { customer: 3, day: 4, items: [3] },
  ];
  it('recommends the best sellers of the categories bought with the customer’s own', () => {
    const recs = categoryCoPurchase(training(data, 4, 10, categoryOf), { ...recommendationParams, top_k: 3 })(2, 'c2');
    // bath item 2: 2/3 × 2 buyers = 1.333; bed item 1: 1 × 1 = 1; then the best seller toy 3 fills
    expect(recs.map((r) => [r.item, Math.round(r.score * 1000) / 1000])).toEqual([[2, 1.333], [1, 1], [3, 0]]);
  });
});
