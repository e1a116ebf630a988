import { describe, expect, it } from 'vitest';
import type { BacktestCase } from '../../pipeline/analytics/forecast/backtest.ts';
import { applyInterval, scaledErrorQuantiles } from '../../pipeline/analytics/forecast/forecastIntervals.ts';

const zeros = [0, 0, 0, 0, 0];
const oneCase = { key: 'a', origin: 60, demandClass: 'smooth', scale: 1, actual: [1, 2, 3, 4, 5], forecasts: { ses: zeros }, absError: {}, volume: 15 } as unknown as BacktestCase;

describe('scaledErrorQuantiles(cases, pick)', () => {
  it('takes percentiles of (actual − forecast) ÷ scale', () => {
    const q = scaledErrorQuantiles([oneCase], (c) => c.forecasts.ses)!;
    // Errors 1…5: 10th percentile at rank 0.4 → 1.4, 90th at rank 3.6 → 4.6 (linear, as R-7).
    expect(q.lower).toBeCloseTo(1.4, 12);
    expect(q.upper).toBeCloseTo(4.6, 12);
    expect([q.middle, q.factor]).toEqual([3, 1]);
    // Only 5 weeks to total: 15 − 0.
    expect([q.lowerTotal, q.upperTotal, q.cases]).toEqual([15, 15, 1]);
    expect(scaledErrorQuantiles([], (c) => c.forecasts.ses)).toBeNull();
  });
});

describe('applyInterval(forecast, scale, quantiles, closed)', () => {
  it('adds the percentiles times the item’s scale, cut at zero; closed weeks stay at zero', () => {
    const q = { lower: -1.5, middle: 0.5, upper: 2, factor: 1, lowerTotal: 0, upperTotal: 0, cases: 1 };
    // 4 − 1.5·2 = 1 and 4 + 2·2 = 8; 1 − 3 < 0 → 0.
    expect(applyInterval([4, 1, 4], 2, q, [false, false, true])).toEqual({ lower: [1, 0, 0], upper: [8, 5, 0] });
  });
  it('widens or narrows the bounds around the median error by the factor', () => {
    // Factor 2 around 0.5: lower 0.5 + 2·(−2) = −3.5, upper 0.5 + 2·1.5 = 3.5 → 10 ± 3.5 (scale 1).
    const q = { lower: -1.5, middle: 0.5, upper: 2, factor: 2, lowerTotal: 0, upperTotal: 0, cases: 1 };
    expect(applyInterval([10], 1, q)).toEqual({ lower: [6.5], upper: [13.5] });
  });
});
