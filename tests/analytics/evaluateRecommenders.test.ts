import { describe, expect, it } from 'vitest';
import { recommendationParams } from '../../pipeline/analytics/baskets/params.ts';
import { bestSetting, evaluateRecommenders } from '../../pipeline/analytics/recommendations/evaluateRecommenders.ts';
import { evaluationWindows, windowTargets } from '../../pipeline/analytics/recommendations/evaluationWindows.ts';
import { training } from '../../pipeline/analytics/recommendations/recommenders.ts';

// Items: 0 tea, 1 cup, 2 saucer, 3 spoon, 4 napkin. Days 0–20. With 1-week windows, 1 validation
// and 1 test: test = days 14–20 (trains on 0–13), validation = days 7–13 (trains on 0–6).
const baskets = [
  { customer: 0, day: 1, items: [0, 1] },
  { customer: 1, day: 2, items: [0, 1, 2] },
  { customer: 2, day: 3, items: [0, 1] },
  { customer: 3, day: 4, items: [0] },
  { customer: 3, day: 8, items: [1] }, // validation: new to customer 3
  { customer: 0, day: 9, items: [0] }, // validation: a repeat of customer 0
  { customer: 4, day: 10, items: [3] }, // validation: customer 4 has no training history, left out
  { customer: 2, day: 16, items: [2, 0] }, // test: saucer new, tea a repeat
  { customer: 4, day: 18, items: [3, 4] }, // test: spoon a repeat (bought on day 10), napkin new
];
const p = { ...recommendationParams, window_weeks: 1, validation_windows: 1, test_windows: 1, top_k: 1 };

describe('evaluationWindows(firstDay, lastDay, params)', () => {
  it('puts the test windows last and the validation windows just before them', () => {
    expect(evaluationWindows(0, 20, p)).toEqual([
      { window: 1, period: 'validation', from: 7, to: 13 },
      { window: 2, period: 'test', from: 14, to: 20 },
    ]);
    // Three validation windows asked for: days 0–6 would have nothing before them to train on, so two fit.
    expect(evaluationWindows(-7, 20, { ...p, validation_windows: 3 }).map((w) => [w.period, w.from, w.to])).toEqual([
      ['validation', 0, 6],
      ['validation', 7, 13],
      ['test', 14, 20],
    ]);
  });
});

describe('windowTargets(baskets, train, window, task)', () => {
  const [validation, test] = evaluationWindows(0, 20, p);
  it('new products: what a customer with a history bought in the window and never before', () => {
    expect(windowTargets(baskets, training(baskets, 5, 6), validation!, 'new_products')).toEqual({ customers: [3], targets: [new Set([1])] });
    expect(windowTargets(baskets, training(baskets, 5, 13), test!, 'new_products')).toEqual({ customers: [2, 4], targets: [new Set([2]), new Set([4])] });
  });
  it('buy again: what they bought before and bought again in the window', () => {
    expect(windowTargets(baskets, training(baskets, 5, 6), validation!, 'buy_again')).toEqual({ customers: [0], targets: [new Set([0])] });
    expect(windowTargets(baskets, training(baskets, 5, 13), test!, 'buy_again')).toEqual({ customers: [2, 4], targets: [new Set([0]), new Set([3])] });
  });
});

describe('evaluateRecommenders: settings chosen on validation, never on test', () => {
  // Customer 0 bought tea on days 0–3 and a cup on day 13. With a half-life of 1 day the cup
  // (recent) comes first, with 1,000 days the tea (frequent). Validation (days 14–20) re-buys the
  // cup; test (days 21–27) re-buys the tea, which only the long half-life would have hit. Customer 1
  // first buys on day 27 (no history: in no window) and marks the end of the data.
  const history = [0, 1, 2, 3].map((day) => ({ customer: 0, day, items: [0] }));
  const data = [...history, { customer: 0, day: 13, items: [1] }, { customer: 0, day: 15, items: [1] }, { customer: 0, day: 22, items: [0] }, { customer: 1, day: 27, items: [1] }];
  const grid = [{ buy_again_half_life_days: 1 }, { buy_again_half_life_days: 1000 }];
  const evaluation = evaluateRecommenders(data, 2, ['c0', 'c1'], p, [{ task: 'buy_again', method: 'buy_again_recency', grid }]);

  it('scores every setting on validation and keeps the one with the most hits', () => {
    const validation = evaluation.scores.filter((s) => s.window.period === 'validation');
    expect(validation.map((s) => [s.settingIndex, s.hits, s.selected])).toEqual([[0, 1, true], [1, 0, false]]);
  });

  it('scores only that setting on test, although the other would have hit there', () => {
    const test = evaluation.scores.filter((s) => s.window.period === 'test');
    expect(test.map((s) => [s.settingIndex, s.customers, s.hits, s.selected])).toEqual([[0, 1, 0, true]]);
    expect(bestSetting(test, 2)).toBe(0);
  });

  it('counts a buy-again hit when a re-bought product is on the list', () => {
    const most = evaluateRecommenders(data, 2, ['c0', 'c1'], p, [{ task: 'buy_again', method: 'most_bought', grid: [{}] }]);
    // most-bought = tea (4 baskets, then 5 by the test window): misses the cup on validation, hits the tea on test
    expect(most.scores.map((s) => [s.window.period, s.hits, s.hit])).toEqual([['validation', 0, [false]], ['test', 1, [true]]]);
  });
});
