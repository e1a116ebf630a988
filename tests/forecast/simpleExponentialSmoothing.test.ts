import { describe, expect, it } from 'vitest';
import { fitSesAlpha, sesLevel, sesSquaredError, simpleExponentialSmoothing } from '../../pipeline/analytics/forecast/simpleExponentialSmoothing.ts';

describe('simpleExponentialSmoothing(y, horizon, alpha)', () => {
  it('forecasts flat at the last level', () => {
    // α = 0.5: ℓ0 = 10, ℓ1 = 10 + 0.5·(20 − 10) = 15, ℓ2 = 15 + 0.5·(10 − 15) = 12.5.
    expect(sesLevel([10, 20, 10], 0.5)).toBe(12.5);
    expect(simpleExponentialSmoothing([10, 20, 10], 3, 0.5)).toEqual([12.5, 12.5, 12.5]);
    expect(sesLevel([], 0.5)).toBe(0);
  });

  it('measures the one-step error it fits α on', () => {
    // α = 0.5 on [10, 20, 10]: errors 20 − 10 = 10 and 10 − 15 = −5 → 100 + 25.
    expect(sesSquaredError([10, 20, 10], 0.5)).toBe(125);
  });

  it('picks the α with the smallest in-sample error', () => {
    // [0, 10, 10, 10]: α = 0.5 → errors 10, 5, 2.5 → 131.25; α = 0.1 → 10, 9, 8.1 → 246.61.
    expect(fitSesAlpha([0, 10, 10, 10], [0.1, 0.5])).toBe(0.5);
    // A flat series has no error at any α: the smaller wins the tie.
    expect(fitSesAlpha([3, 3, 3], [0.1, 0.5])).toBe(0.1);
  });
});
