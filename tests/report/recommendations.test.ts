import { describe, expect, it } from 'vitest';
import { bestMethod, evaluationVerdict, headlineFigure, hitRateBars, strongestBaseline } from '../../src/report/recommendations.ts';

type Kind = 'baseline' | 'method';
const row = (method: string, kind: Kind, hits: number, vs: number | null, p: number | null, chosen: boolean, test_customers = 240) =>
  ({ method, label: method === 'popularity' ? 'Best sellers' : method === 'trending' ? 'Trending' : `M ${method}`, kind, hits, hit_rate: hits / test_customers, hit_rate_vs_baseline: vs, p_vs_baseline: p, chosen, test_customers }) as never;

// The Olist figures: the best method has 6 hits of 240 against the best sellers' 5.
const olist = [
  row('random', 'baseline', 0, 0, 1, false),
  row('popularity', 'baseline', 5, 1, null, true),
  row('trending', 'baseline', 4, 0.8, 0.7461, false),
  row('popularity_in_categories', 'method', 6, 1.2, 0.5, false),
];
// The shop's: trending, not the all-time best sellers, is the baseline to beat.
const shop = [
  row('popularity', 'baseline', 485, 0.69, 1, false, 1831),
  row('trending', 'baseline', 698, 1, null, false, 1831),
  row('item_cf_recent_baskets', 'method', 867, 1.24, 0, true, 1831),
];

describe('recommendation view model', () => {
  it('finds the strongest baseline (not random) and the best method', () => {
    expect(strongestBaseline(olist)).toMatchObject({ method: 'popularity' });
    expect(strongestBaseline(shop)).toMatchObject({ method: 'trending' });
    expect(bestMethod(olist)).toMatchObject({ method: 'popularity_in_categories' });
  });

  it('says the baseline is used, and why, when no method beats it', () => {
    expect(evaluationVerdict(olist)).toBe(
      'The site recommends the best sellers: they hit 5 of 240 test customers (2.1%), and no method beats them on the held-out weeks — ' +
        'the best method, m popularity_in_categories, hit 6 against its 5 (1.20×), a difference chance alone explains (p = 0.50).',
    );
    expect(headlineFigure(olist)).toEqual({ label: 'Used on the site', value: 'Best sellers', detail: 'the strongest baseline: no method beats it' });
  });

  it('compares a chosen method with the strongest baseline', () => {
    expect(evaluationVerdict(shop)).toBe(
      'M item_cf_recent_baskets is used: it hit 867 of 1,831 test customers (47.4%), 1.24× the strongest baseline, trending (38.1%; p < 0.001).',
    );
    expect(headlineFigure(shop)).toEqual({ label: 'M item_cf_recent_baskets vs trending', value: '1.24×', detail: 'the strongest baseline' });
    expect(evaluationVerdict([])).toMatch(/^Too few customers/);
  });

  it('draws small hit-rates in percentage points so the ticks stay distinct', () => {
    const small = hitRateBars(olist, 10);
    expect(small.format).toBe('decimal');
    expect(small.valueLabel).toBe('Hit-rate@10, % of test customers');
    // 5 / 240 = 2.0833 % → 2.08; 6 / 240 = 2.5 %
    expect(small.bars.map((b) => [b.label, b.value])).toEqual([['M random', 0], ['Best sellers (used)', 2.08], ['Trending', 1.67], ['M popularity_in_categories', 2.5]]);
    expect(hitRateBars(shop, 10).format).toBe('percent');
  });
});
