import { describe, expect, it } from 'vitest';
import { backtestTakeaway, originsTakeaway, productForecastTakeaway } from '../../src/components/forecast/forecastText.ts';

describe('stock takeaways', () => {
  it('say whether the chosen methods beat seasonal naive, in numbers', () => {
    const row = (method: string, mase: number, wape: number) => ({
      window: 'validation', demand_class: 'all', method, label: method, cases: 10, items: 5, mase, wape,
      mase_vs_naive: mase / 1.27, wape_vs_naive: wape / 1.746, share_beating_naive: 0.5, is_chosen: false, interval_coverage: null,
    }) as never;
    expect(backtestTakeaway([row('seasonal_naive', 1.27, 1.746), row('chosen', 0.82, 0.914)], 'validation'))
      .toBe("The chosen methods beat seasonal naive: MASE 0.82 against 1.27 (64.6% of the baseline's error), WAPE 91.4% against 174.6%.");
    expect(backtestTakeaway([row('seasonal_naive', 1, 1), row('chosen', 1.2, 1.1)], 'validation')).toMatch(/^The chosen methods did not beat/);
    expect(backtestTakeaway([], 'validation')).toMatch(/Too little history/);
  });

  it('name the origins with the largest and smallest errors', () => {
    const row = (first_target_week: string, method: string, mase: number) => ({ origin: first_target_week, first_target_week, method, cases: 1, mase, wape: null, window: 'test', demand_class: 'all' }) as never;
    // 6 Dec: (1.0 + 1.4) / 2 = 1.2; 25 Apr: (0.6 + 0.8) / 2 = 0.7.
    expect(originsTakeaway([row('2010-12-06', 'ses', 1), row('2010-12-06', 'tsb', 1.4), row('2011-04-25', 'ses', 0.6), row('2011-04-25', 'tsb', 0.8)]))
      .toBe('Forecasts starting 6 Dec 2010 missed the most (mean MASE 1.20 over the methods), those starting 25 Apr 2011 the least (0.70): errors depend on the time of year.');
  });

  it('a product: the next 8 weeks against the last 8, with the advice', () => {
    const product = { expected_8_weeks: 389.6, expected_8_weeks_lower: 212.9, expected_8_weeks_upper: 609.8, last_8_weeks: 31, advice: 'understock', reasons: 'seasonal peak ahead' } as const;
    expect(productForecastTakeaway(product)).toBe('Next 8 weeks: about 390 units (80 % interval 213–610), against 31 in the last 8 weeks. Risk of running short: seasonal peak ahead.');
    expect(productForecastTakeaway({ ...product, advice: null })).toBe('Next 8 weeks: about 390 units (80 % interval 213–610), against 31 in the last 8 weeks.');
  });
});
