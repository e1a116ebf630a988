import { describe, expect, it } from 'vitest';
import { absoluteErrors, mase, maseScale, wape } from '../../pipeline/analytics/forecast/accuracy.ts';

describe('maseScale(train)', () => {
  it('is the mean absolute week-to-week change', () => {
    // |3−1| + |2−3| + |2−2| = 3 over 3 changes.
    expect(maseScale([1, 3, 2, 2])).toBe(1);
  });

  it('is null for a constant or too short series', () => {
    expect(maseScale([4, 4, 4])).toBeNull();
    expect(maseScale([4])).toBeNull();
  });
});

describe('mase(actual, forecast, scale) and wape(actual, forecast)', () => {
  it('scale the same errors two ways', () => {
    // Errors |2−3| = 1 and |4−3| = 1: MAE 1; scale 0.5 → MASE 2. WAPE = 2 ÷ (2 + 4).
    expect(absoluteErrors([2, 4], [3, 3])).toEqual([1, 1]);
    expect(mase([2, 4], [3, 3], 0.5)).toBe(2);
    expect(wape([2, 4], [3, 3])).toBeCloseTo(1 / 3, 12);
  });

  it('has no WAPE when nothing sold', () => {
    expect(wape([0, 0], [1, 1])).toBeNull();
  });

  it('rejects forecasts of another length', () => {
    expect(() => absoluteErrors([1], [1, 2])).toThrow(/length/);
  });
});
