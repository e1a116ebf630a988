import { describe, expect, it } from 'vitest';
import type { BacktestCase } from '../../pipeline/analytics/forecast/backtest.ts';
import { chooseMethods, scoreByHorizon, scoreChosen, scoreMethods, type MethodScore } from '../../pipeline/analytics/forecast/backtestScores.ts';
import { METHOD_NAMES, type MethodName } from '../../pipeline/analytics/forecast/forecasters.ts';

/** A case where seasonal naive and every other method forecast `naive`, except SES, which forecasts `ses`. */
function makeCase(key: string, scale: number, actual: number[], naive: number[], ses: number[]): BacktestCase {
  const forecasts = Object.fromEntries(METHOD_NAMES.map((m) => [m, m === 'ses' ? ses : naive])) as Record<MethodName, number[]>;
  const absError = Object.fromEntries(METHOD_NAMES.map((m) => [m, actual.reduce((s, a, h) => s + Math.abs(a - forecasts[m][h]!), 0)])) as Record<MethodName, number>;
  return { key, origin: 60, demandClass: 'erratic', scale, actual, forecasts, absError, volume: actual.reduce((s, a) => s + a, 0) };
}

// Case A: scale 1, actual [2, 2]; naive [0, 0] (error 4), SES [2, 2] (error 0).
// Case B: scale 2, actual [4, 0]; naive [4, 4] (error 4), SES [2, 2] (error 4).
const cases = [makeCase('A', 1, [2, 2], [0, 0], [2, 2]), makeCase('B', 2, [4, 0], [4, 4], [2, 2])];

describe('scoreMethods(cases)', () => {
  it('averages MASE over cases and pools WAPE', () => {
    const scores = scoreMethods(cases);
    const naive = scores.find((s) => s.demandClass === 'erratic' && s.method === 'seasonal_naive')!;
    const ses = scores.find((s) => s.demandClass === 'erratic' && s.method === 'ses')!;
    // Naive MASE: A 4/2/1 = 2, B 4/2/2 = 1 → 1.5; WAPE 8 / 8 = 1.
    expect([naive.mase, naive.wape, naive.maseVsNaive, naive.shareBeatingNaive]).toEqual([1.5, 1, 1, 0]);
    // SES MASE: A 0, B 1 → 0.5; WAPE 4 / 8 = 0.5; beats naive in A only (B is a tie).
    expect([ses.mase, ses.wape, ses.wapeVsNaive, ses.shareBeatingNaive, ses.cases, ses.items]).toEqual([0.5, 0.5, 0.5, 0.5, 2, 2]);
    expect(ses.maseVsNaive).toBeCloseTo(1 / 3, 12);
    // The same cases appear under "all"; classes without cases have no rows.
    expect(scores.filter((s) => s.demandClass === 'all')).toHaveLength(METHOD_NAMES.length);
    expect(scores.some((s) => s.demandClass === 'lumpy')).toBe(false);
  });
});

describe('chooseMethods(scores) and scoreChosen(cases, chosen)', () => {
  it('picks the lowest WAPE per class and scores the combination', () => {
    const chosen = chooseMethods(scoreMethods(cases));
    expect(chosen.get('erratic')).toBe('ses');
    // A class without cases takes the choice of all classes together.
    expect(chosen.get('lumpy')).toBe('ses');
    expect(chooseMethods([]).size).toBe(0);
    const [all] = scoreChosen(cases, chosen);
    expect([all!.demandClass, all!.method, all!.mase, all!.wape]).toEqual(['all', 'chosen', 0.5, 0.5]);
  });
});

describe('chooseMethods(scores, minCases)', () => {
  it('keeps a baseline unless a method beats the strongest one, and pools classes with too few cases', () => {
    // SES beats seasonal naive (0.5 < 1) but not the moving average (0.4): the moving average stays.
    const score = (demandClass: string, method: string, wape: number, cases = 40) => ({ demandClass, method, wape, mase: 1, cases }) as unknown as MethodScore;
    const scores = [score('all', 'seasonal_naive', 1), score('all', 'zero', 1), score('all', 'moving_average', 0.4), score('all', 'ses', 0.5),
      score('smooth', 'seasonal_naive', 1), score('smooth', 'moving_average', 0.4), score('smooth', 'ses', 0.5),
      score('lumpy', 'zero', 1, 5), score('lumpy', 'ses', 0.2, 5),
      score('intermittent', 'zero', 1, 5), score('intermittent', 'moving_average', 1.3, 5)];
    const chosen = chooseMethods(scores, 30);
    expect(chosen.get('smooth')).toBe('moving_average');
    // Lumpy has 5 cases (< 30): SES's 0.2 there is not trusted; the pooled choice applies.
    expect(chosen.get('lumpy')).toBe('moving_average');
    // Intermittent (5 cases): the pooled choice, the moving average, lost to forecasting nothing there: nothing is kept.
    expect(chosen.get('intermittent')).toBe('zero');
    // A tie goes to the baseline, listed first.
    expect(chooseMethods([score('all', 'zero', 1), score('all', 'ses', 1)]).get('smooth')).toBe('zero');
  });
});

describe('scoreMethods spread over origins', () => {
  it('gives the lowest and highest MASE and WAPE over the origins of a group', () => {
    // A at origin 60 (SES MASE 0, WAPE 0), B moved to origin 64 (SES MASE 1, WAPE 4/4 = 1).
    const moved = [cases[0]!, { ...cases[1]!, origin: 64 }];
    const ses = scoreMethods(moved).find((s) => s.demandClass === 'all' && s.method === 'ses')!;
    expect([ses.origins, ses.maseRange, ses.wapeRange]).toEqual([2, [0, 1], [0, 1]]);
  });
});

describe('scoreByHorizon(cases)', () => {
  it('scores each week ahead separately', () => {
    const ses = scoreByHorizon(cases).filter((s) => s.method === 'ses');
    // Week 1: errors 0 (A) and 2 (B, scale 2) → MASE (0 + 1)/2, WAPE 2/6. Week 2: 0 and 2 → (0 + 1)/2, 2/2.
    expect(ses.map((s) => [s.horizon, s.mase])).toEqual([[1, 0.5], [2, 0.5]]);
    expect(ses[0]!.wape).toBeCloseTo(1 / 3, 12);
    expect(ses[1]!.wape).toBe(1);
  });
});
