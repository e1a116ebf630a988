import { describe, expect, it } from 'vitest';
import { recommendationParams } from '../../pipeline/analytics/baskets/params.ts';
import { evaluateRecommenders } from '../../pipeline/analytics/recommendations/evaluateRecommenders.ts';

// Items: 0 tea, 1 cup, 2 saucer, 3 spoon, 4 napkin. Days 0–16; with test_weeks 1 the test
// weeks are days 10–16 (the last 7) and training is days 0–9.
const baskets = [
  { customer: 0, day: 1, items: [0, 1] },
  { customer: 1, day: 2, items: [0, 1, 2] },
  { customer: 2, day: 3, items: [0, 1] },
  { customer: 3, day: 4, items: [0] },
  { customer: 3, day: 5, items: [3] },
  { customer: 3, day: 12, items: [1] }, // new to customer 3
  { customer: 0, day: 13, items: [0] }, // a repeat only: customer 0 is not a test customer
  { customer: 2, day: 16, items: [4] }, // new, and never sold in training
];
const p = { ...recommendationParams, test_weeks: 1, top_k: 1 };

describe('evaluateRecommenders(baskets, itemCount, customerKeys, params)', () => {
  const evaluation = evaluateRecommenders(baskets, 5, ['c0', 'c1', 'c2', 'c3'], p, ['popularity']);

  it('splits off the last test_weeks weeks and keeps customers with a new product in them', () => {
    expect(evaluation).toMatchObject({
      train_from: '1970-01-02',
      train_until: '1970-01-10',
      test_from: '1970-01-11',
      test_to: '1970-01-17',
      customers_active_in_both: 3,
      test_customers: 2,
      catalogue: 4,
    });
  });

  it('scores the best-seller baseline by hand', () => {
    // Best sellers (distinct customers): tea 4, cup 3, saucer 1, spoon 1. Customer 2 (has tea,
    // cup) gets saucer: miss; customer 3 (has tea, spoon) gets cup: hit. Coverage 2 of 4.
    expect(evaluation.scores).toEqual([
      { method: 'popularity', hits: 1, hit: [false, true], hit_rate: 0.5, precision: 0.5, recall: 0.5, coverage: 0.5 },
    ]);
  });
});
