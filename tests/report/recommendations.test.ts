import { describe, expect, it } from 'vitest';
import { bestMethod, evaluationVerdict, headlineFigure, hitRateBars, strongestBaseline, whatWorks, windowList } from '../../src/report/recommendations.ts';

type Kind = 'baseline' | 'method';
const labels: Record<string, string> = { popularity: 'Best sellers', trending: 'Trending', most_bought: 'Most-bought lines' };
const period = { validation_from: '2011-06-25', validation_to: '2011-09-16', test_from: '2011-09-17', test_to: '2011-12-09', test_windows: 3 };
const row = (method: string, kind: Kind, hits: number, customers: number, test: [number, number, number], vs: [number | null, number | null, number | null], p: number | null, chosen: boolean, validation_vs_baseline: number | null = null) =>
  ({
    task: 'new_products', method, label: labels[method] ?? `M ${method}`, kind, chosen, p_vs_baseline: p, validation_hits: hits, validation_customers: customers,
    validation_hit_rate: hits / customers, validation_vs_baseline, test_hit_rate: test[0], test_hit_rate_min: test[1], test_hit_rate_max: test[2],
    test_vs_baseline: vs[0], test_vs_baseline_min: vs[1], test_vs_baseline_max: vs[2], ...period,
  }) as never;

// Olist-like: the best method has 6 hits of 240 against the best sellers' 5 on validation.
const olist = [
  row('random', 'baseline', 0, 240, [0, 0, 0], [0, 0, 0], 1, false),
  row('popularity', 'baseline', 5, 240, [0.02, 0.01, 0.03], [1, 1, 1], null, true),
  row('trending', 'baseline', 4, 240, [0.01, 0, 0.02], [0.5, 0, 0.67], 0.7461, false),
  row('popularity_in_categories', 'method', 6, 240, [0.015, 0.01, 0.02], [0.75, 0.67, 1], 0.5, false),
];
// The shop's: trending, not the all-time best sellers, is the baseline to beat.
const shop = [
  row('popularity', 'baseline', 485, 2135, [0.229, 0.223, 0.233], [0.58, 0.54, 0.62], 1, false),
  row('trending', 'baseline', 698, 2135, [0.396, 0.376, 0.433], [1, 1, 1], null, false),
  row('item_cf_recent_baskets', 'method', 1023, 2135, [0.45, 0.42, 0.48], [1.14, 1.1, 1.21], 0, true, 1.47),
];

describe('recommendation view model', () => {
  it('finds the strongest baseline on validation (not random) and the best method', () => {
    expect(strongestBaseline(olist)).toMatchObject({ method: 'popularity' });
    expect(strongestBaseline(shop)).toMatchObject({ method: 'trending' });
    expect(bestMethod(olist)).toMatchObject({ method: 'popularity_in_categories' });
  });

  it('says the baseline is used, and why, when no method beats it on validation; test figures with their range', () => {
    expect(evaluationVerdict(olist)).toBe(
      'The site uses best sellers: no method beat it on the validation windows (25 Jun 2011 – 16 Sept 2011) — the best, m popularity_in_categories, ' +
        'hit 6 against its 5, a difference chance alone explains (p = 0.50). On the 3 test windows (17 Sept 2011 – 9 Dec 2011) best sellers hit ' +
        '2.0% of customers (range 1.0%–3.0%), m popularity_in_categories 1.5% of customers (range 1.0%–2.0%).',
    );
    expect(headlineFigure(olist)).toEqual({ label: 'Used on the site', value: 'Best sellers', detail: 'the strongest baseline: no method beat it on validation' });
  });

  it('headlines a chosen method against the strongest baseline on test, with the per-window range', () => {
    expect(evaluationVerdict(shop)).toBe(
      'M item_cf_recent_baskets is used. On the 3 test windows (17 Sept 2011 – 9 Dec 2011) it hit 45.0% of customers (range 42.0%–48.0%), ' +
        '1.14× the strongest baseline, trending (39.6%, range 37.6%–43.3%; per window 1.10–1.21×). It was chosen on the validation windows ' +
        '(25 Jun 2011 – 16 Sept 2011): 1,023 hits against 698 (1.47×; p < 0.001).',
    );
    expect(headlineFigure(shop)).toEqual({ label: 'M item_cf_recent_baskets vs trending', value: '1.14×', detail: 'mean of the 3 test windows, per window 1.10–1.21×' });
    expect(evaluationVerdict([])).toMatch(/^Too few customers/);
  });

  it('says plainly what works when no method beats the baseline', () => {
    expect(whatWorks(olist)).toBe(
      'What works here is the plain best sellers list: on validation, a customer who had bought before bought something new only ' +
        '240 times, too few for a model fitted on their history to beat it.',
    );
    expect(whatWorks(shop)).toBeNull();
  });

  it('says "the same as" at equal validation hits', () => {
    const tie = [olist[1], row('popularity_by_place', 'method', 5, 240, [0.025, 0.01, 0.03], [1.25, 1, 1.5], 1, false)];
    expect(evaluationVerdict(tie)).toMatch(/hit 5, the same as it\. On the 3 test windows .* best sellers hit 2\.0% of customers \(range 1\.0%–3\.0%\)/);
    const flat = [row('most_bought', 'baseline', 70, 70, [1, 1, 1], [1, 1, 1], null, true), row('buy_again_recency', 'method', 70, 70, [1, 1, 1], [1, 1, 1], 1, false)];
    // Olist's buy-again: every list holds all the few products each customer had bought, so all hit 100 %.
    expect(evaluationVerdict(flat, true)).toBe(
      'Every list hit the same share of customers (100.0% on validation, 100.0% in every window on test): on this data the lists do not ' +
        'differ, because each already holds every product those customers had bought, so the figure says nothing about the methods. ' +
        'Use the simplest, most-bought lines.',
    );
  });

  it('lists the windows of each period, oldest first', () => {
    const w = (window: number, p: 'validation' | 'test', from: string, to: string) => ({ window, period: p, from, to }) as never;
    const rows = [w(2, 'validation', '2011-07-23', '2011-08-19'), w(1, 'validation', '2011-06-25', '2011-07-22'), w(1, 'validation', '2011-06-25', '2011-07-22'), w(3, 'test', '2011-08-20', '2011-09-16')];
    expect(windowList(rows, 'validation')).toEqual(['window 1: 25 Jun 2011 – 22 Jul 2011', 'window 2: 23 Jul 2011 – 19 Aug 2011']);
    expect(windowList(rows, 'test')).toEqual(['window 3: 20 Aug 2011 – 16 Sept 2011']);
  });

  it('draws small test hit-rates in percentage points so the ticks stay distinct', () => {
    const small = hitRateBars(olist, 10);
    expect(small.format).toBe('decimal');
    expect(small.valueLabel).toBe('Hit-rate@10 on test, % of customers');
    expect(small.bars.map((b) => [b.label, b.value])).toEqual([['M random', 0], ['Best sellers (used)', 2], ['Trending', 1], ['M popularity_in_categories', 1.5]]);
    expect(hitRateBars(shop, 10).format).toBe('percent');
  });
});
