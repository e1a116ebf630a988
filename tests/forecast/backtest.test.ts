import { describe, expect, it } from 'vitest';
import { backtestSeries, forecastHistory, rollingOrigins, zeroClosedWeeks } from '../../pipeline/analytics/forecast/backtest.ts';
import { METHOD_NAMES } from '../../pipeline/analytics/forecast/forecasters.ts';

// 64 weeks repeating 1, 2, 3, 4: a 52-week season holds 13 whole cycles, so last season's week
// is always this week's value and seasonal naive is exact.
const cycle = Array.from({ length: 64 }, (_, i) => (i % 4) + 1);

describe('rollingOrigins(weeks, count, step, horizon)', () => {
  it('ends `horizon` weeks before the last week, `step` apart, earliest first', () => {
    // 20 weeks (0…19), horizon 4 → last origin 15; then 13, 11.
    expect(rollingOrigins(20, 3, 2, 4)).toEqual([11, 13, 15]);
    expect(rollingOrigins(6, 3, 2, 4)).toEqual([1]);
  });
});

describe('forecastHistory(series, origin)', () => {
  it('starts at the first sale and needs a season of it with enough weeks of sales', () => {
    expect(forecastHistory({ key: 'a', y: cycle, firstSale: 0 }, 55)).toHaveLength(56);
    // First sale in week 10: only 46 weeks of history at week 55.
    expect(forecastHistory({ key: 'a', y: cycle, firstSale: 10 }, 55)).toBeNull();
    // Sold in 5 of the last 52 weeks: below the 6-week minimum.
    const rare = cycle.map((v, i) => (i % 11 === 0 ? v : 0));
    expect(forecastHistory({ key: 'a', y: rare, firstSale: 0 }, 55)).toBeNull();
  });
});

describe('zeroClosedWeeks(forecast, firstTarget, closedWeeks)', () => {
  it('zeroes the weeks whose week one season earlier was closed', () => {
    // Targets 53, 54, 55 look back to weeks 1, 2, 3; week 2 was closed.
    expect(zeroClosedWeeks([1, 2, 3], 53, new Set([2]))).toEqual([1, 0, 3]);
  });
});

describe('backtestSeries(series, origins, horizon)', () => {
  it('scores every method on the weeks after each origin', () => {
    const [only, ...rest] = backtestSeries({ key: 'a', y: cycle, firstSale: 0 }, [55], 4);
    expect(rest).toEqual([]);
    expect(only!.actual).toEqual([1, 2, 3, 4]); // weeks 56…59
    expect(only!.forecasts.seasonal_naive).toEqual([1, 2, 3, 4]);
    expect(only!.absError.seasonal_naive).toBe(0);
    // Week-to-week changes 1, 1, 1, 3 repeat: 13 cycles of 6, plus 1 + 1 + 1 = 81 over 55 changes.
    expect(only!.scale).toBeCloseTo(81 / 55, 12);
    // Sizes 1…4: mean 2.5, variance 1.25 → CV² 0.2, every week → smooth.
    expect(only!.demandClass).toBe('smooth');
    expect(Object.keys(only!.forecasts)).toEqual(METHOD_NAMES);
    expect(only!.volume).toBe(10);
  });

  it('skips origins without enough history or weeks to score', () => {
    expect(backtestSeries({ key: 'a', y: cycle, firstSale: 0 }, [40, 61], 4)).toEqual([]);
  });

  it('forecasts 0 for weeks the shop will be closed', () => {
    const [only] = backtestSeries({ key: 'a', y: cycle, firstSale: 0 }, [55], 4, new Set([5]));
    // Target week 57 looks back to closed week 5.
    for (const method of METHOD_NAMES) expect(only!.forecasts[method][1], method).toBe(0);
  });
});
