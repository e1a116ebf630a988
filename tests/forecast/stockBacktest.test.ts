import { describe, expect, it } from 'vitest';
import { closedWeeksOf, planOrigins, runBacktest, sameSeasonOrigins, splitOrigins } from '../../pipeline/analytics/forecast/stockBacktest.ts';

describe('planOrigins(weeks)', () => {
  it('runs from the first week with a season behind it to the last that leaves 12 weeks to score', () => {
    // 104 weeks (0…103): last origin 103 − 12 = 91, every 4 weeks back to 51 (a season of 52 weeks).
    expect(planOrigins(104)).toEqual([51, 55, 59, 63, 67, 71, 75, 79, 83, 87, 91]);
    expect(planOrigins(64)).toEqual([51]);
    expect(planOrigins(63)).toEqual([]);
  });
});

describe('sameSeasonOrigins(origins, finalOrigin)', () => {
  it('keeps the origins within 4 weeks of one season before the final one', () => {
    // Final origin 103 → 51 ± 4.
    expect(sameSeasonOrigins(planOrigins(104), 103)).toEqual([51, 55]);
  });
});

describe('closedWeeksOf(series, weeks)', () => {
  it('finds the weeks no product sold in', () => {
    const series = [{ key: 'a', y: [1, 0, 0, 2], firstSale: 0 }, { key: 'b', y: [0, 0, 3, 0], firstSale: 2 }];
    expect([...closedWeeksOf(series, 4)]).toEqual([1]);
  });
});

describe('splitOrigins(origins, finalOrigin)', () => {
  it('validates on the origins up to a season before the final one and tests on the later ones', () => {
    expect(splitOrigins(planOrigins(104), 103)).toEqual({ validation: [51, 55], test: [59, 63, 67, 71, 75, 79, 83, 87, 91] });
    // No origin near a season before the final one (final 63 → 11): the earlier half validates.
    expect(splitOrigins([51], 63)).toEqual({ validation: [51], test: [] });
    expect(splitOrigins([51, 55, 59], 200)).toEqual({ validation: [51, 55], test: [59] });
  });
});

describe('runBacktest(series, weeks): the choice reads the validation origins only', () => {
  // 104 weeks; validation origins 51 and 55 see weeks ≤ 55 and score weeks 52…67. In those
  // weeks the products sell 1 unit, far below their first season (4 and 6 in turn), so
  // forecasting nothing misses least there. From week 68 on they sell at the old rate again,
  // where every smoothing method beats forecasting nothing: the test period would choose another.
  const base = (t: number, k: number) => (t >= 52 && t < 68 ? 1 : 4 + ((t + k) % 2) * 2);
  const series = (later: (t: number, k: number) => number) =>
    Array.from({ length: 40 }, (_, k) => ({ key: `p${k}`, firstSale: 0, y: Array.from({ length: 104 }, (_, t) => (t < 68 ? base(t, k) : later(t, k))) }));
  const outcome = runBacktest(series(base), 104);
  it('picks forecasting nothing although the test origins favour a method', () => {
    expect(outcome.split.validation).toEqual([51, 55]);
    expect(new Set(outcome.chosen.values())).toEqual(new Set(['zero']));
    const test = outcome.scores.filter((s) => s.window === 'test' && s.score.demandClass === 'all');
    const wape = (m: string) => test.find((s) => s.score.method === m)!.score.wape;
    expect(wape('ses')).toBeLessThan(wape('zero'));
  });
  it('calibrates the 80 % range so that it holds on validation, and counts test apart', () => {
    const all = (window: string) => outcome.coverage.find((c) => c.window === window && c.demandClass === 'all')!;
    expect(all('validation').calibrated.share).toBeGreaterThanOrEqual(0.8);
    // 40 products × 2 validation origins × 12 weeks; 40 × 9 test origins × 12 weeks.
    expect([all('validation').calibrated.weeks, all('test').calibrated.weeks]).toEqual([960, 4320]);
  });
  it('gives the same choice, intervals and safety stock whatever the test weeks hold', () => {
    const other = runBacktest(series((t, k) => 50 + ((t * 7 + k) % 13)), 104);
    expect([...other.chosen]).toEqual([...outcome.chosen]);
    expect([...other.quantiles]).toEqual([...outcome.quantiles]);
    expect([...other.totals]).toEqual([...outcome.totals]);
    expect(other.safetyFactor).toBe(outcome.safetyFactor);
    expect(other.settings).toEqual(outcome.settings);
    // …while the test scores differ.
    expect(other.scores.find((s) => s.window === 'test')!.score.wape).not.toBe(outcome.scores.find((s) => s.window === 'test')!.score.wape);
  });
});
