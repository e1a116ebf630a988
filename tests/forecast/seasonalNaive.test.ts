import { describe, expect, it } from 'vitest';
import { seasonalNaive } from '../../pipeline/analytics/forecast/seasonalNaive.ts';

describe('seasonalNaive(y, horizon, period)', () => {
  it('repeats the last season, wrapping beyond it', () => {
    // Season of 4: the last season is [5, 6, 7, 8]; h = 5, 6 wrap to its start again.
    expect(seasonalNaive([1, 2, 3, 4, 5, 6, 7, 8], 6, 4)).toEqual([5, 6, 7, 8, 5, 6]);
    // A partial extra season: the last 4 weeks are [3, 4, 5, 6].
    expect(seasonalNaive([1, 2, 3, 4, 5, 6], 2, 4)).toEqual([3, 4]);
  });

  it('needs a whole season of history', () => {
    expect(seasonalNaive([1, 2, 3], 2, 4)).toBeNull();
    expect(seasonalNaive(new Array(52).fill(1), 1)).toEqual([1]);
    expect(seasonalNaive(new Array(51).fill(1), 1)).toBeNull();
  });
});
