import { describe, expect, it } from 'vitest';
import { closedWeeksOf, planOrigins, sameSeasonOrigins } from '../../pipeline/analytics/forecast/stockBacktest.ts';

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
