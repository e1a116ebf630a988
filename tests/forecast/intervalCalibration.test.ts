import { describe, expect, it } from 'vitest';
import type { BacktestCase } from '../../pipeline/analytics/forecast/backtest.ts';
import { scaledErrorQuantiles } from '../../pipeline/analytics/forecast/forecastIntervals.ts';
import { calibrateInterval, calibrateSafety, factorCovering, intervalCoverage, neededFactor } from '../../pipeline/analytics/forecast/intervalCalibration.ts';

const makeCase = (actual: number[], forecast: number[], scale = 1): BacktestCase =>
  ({ key: 'a', origin: 60, demandClass: 'smooth', scale, actual, forecasts: { ses: forecast }, absError: {}, volume: actual.reduce((s, a) => s + a, 0) }) as unknown as BacktestCase;
const ses = (c: BacktestCase) => c.forecasts.ses;
const none = new Set<number>();

describe('neededFactor(actual, forecast, scale, q, closed)', () => {
  const q = { lower: -2, middle: 0, upper: 2 };
  it('is the factor at which a bound reaches the week’s demand', () => {
    // Forecast 4, scale 1: demand 5 is 1 above, the upper bound 0 + c·2 reaches it at c = ½;
    // demand 1 is 3 below, the lower bound 0 − c·2 at c = 1.5; demand 4 is inside at any factor.
    expect([5, 1, 4].map((a) => neededFactor(a, 4, 1, q))).toEqual([0.5, 1.5, 0]);
    // Demand 0 under a forecast of 1: the lower bound max(0, 1 − 2c) reaches 0 at c = ½ (scale 1).
    expect(neededFactor(0, 1, 1, q)).toBe(0.5);
    // With scale 2 the same units need half the factor: (5 − 4)/2 = 0.5 → ¼.
    expect(neededFactor(5, 4, 2, q)).toBe(0.25);
  });
  it('holds a closed week only when nothing sold, and no factor widens a bound equal to the median', () => {
    expect([neededFactor(0, 3, 1, q, true), neededFactor(2, 3, 1, q, true)]).toEqual([0, Infinity]);
    expect(neededFactor(5, 4, 1, { lower: -2, middle: 0, upper: 0 })).toBe(Infinity);
  });
});

describe('factorCovering(needs, share)', () => {
  it('is the ⌈share × n⌉-th smallest need', () => {
    // Sorted 0, 0, 0.5, 1.5, 2: 80 % of 5 = 4 weeks → the 4th, 1.5.
    expect(factorCovering([0, 0.5, 1.5, 0, 2], 0.8)).toBe(1.5);
    expect(factorCovering([0, Infinity], 1)).toBe(5);
    expect(factorCovering([], 0.8)).toBeNull();
  });
});

describe('calibrateInterval(cases, pick, q, closedWeeks) and intervalCoverage', () => {
  // Errors (actual − 4) = 1, −3, 0, 0, 2. Sorted −3, 0, 0, 1, 2: 10th percentile at rank 0.4 → −1.8,
  // median 0, 90th at rank 3.6 → 1.6. As measured the interval [−1.8, 1.6] holds 1, 0, 0: 3 of 5 weeks.
  const cases = [makeCase([5, 1, 4, 4, 6], [4, 4, 4, 4, 4])];
  const q = scaledErrorQuantiles(cases, ses)!;
  it('widens the interval until 80 % of the weeks are inside', () => {
    expect([q.lower, q.middle, q.upper]).toEqual([expect.closeTo(-1.8, 12), 0, expect.closeTo(1.6, 12)]);
    expect(intervalCoverage(cases, ses, () => q, none)).toEqual({ inside: 3, weeks: 5, share: 0.6 });
    // Needs: 1/1.6 = 0.625, 3/1.8 = 1.667, 0, 0, 2/1.6 = 1.25 → the 4th smallest, 1.25: [−2.25, 2].
    const factor = calibrateInterval(cases, ses, q, none)!;
    expect(factor).toBeCloseTo(1.25, 12);
    expect(intervalCoverage(cases, ses, () => ({ ...q, factor }), none)).toEqual({ inside: 4, weeks: 5, share: 0.8 });
  });
  it('counts only the cases that have an interval', () => {
    expect(intervalCoverage(cases, ses, () => undefined, none)).toEqual({ inside: 0, weeks: 0, share: null });
  });
});

describe('calibrateSafety(cases, pick, sigmaOf, z, weeks, service)', () => {
  it('is the smallest factor on z·σ (steps of 0.01) that covers the service level’s share of lead-time totals', () => {
    // z = 1, σ = 1, scale 1, 1-week lead time, forecast 10: misses −1, 0.5, 2, 1. At k = 0.5 two of
    // four are covered, at k = 1 three: 75 % → 1. The bulk case (forecast 0.1, scale 5: safety stock
    // 5k > 2 units from k = 0.41 on) gets no reorder point at k = 1 and is not counted there.
    const cases = [[9], [10.5], [12], [11]].map((a) => makeCase(a, [10]));
    const bulk = makeCase([30], [0.1], 5);
    expect(calibrateSafety([...cases, bulk], ses, () => 1, 1, 1, 0.75)).toBe(1);
    expect(calibrateSafety(cases, ses, () => 1, 1, 1, 0.5)).toBe(0.5);
    expect(calibrateSafety(cases, ses, () => null, 1, 1, 0.75)).toBeNull();
  });
});
