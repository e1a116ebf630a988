import { describe, expect, it } from 'vitest';
import { tuneSettings } from '../../pipeline/analytics/forecast/tuneSettings.ts';

describe('tuneSettings(series, validation, closedWeeks, horizon, candidates)', () => {
  // 40 products selling 4 and 6 units in turn (the turn shifts by a week in the second year, so
  // repeating last year misses by 2 every week), each with one bulk order of 200 units in week 50,
  // just before the first validation origin (51). Uncapped, the bulk week lifts the smoothed level
  // for the weeks scored; capped at 3 × the median week (5 → 15) it barely moves it.
  const series = Array.from({ length: 40 }, (_, k) => ({ key: `p${k}`, firstSale: 0, y: Array.from({ length: 104 }, (_, t) => (t === 50 ? 200 : 4 + ((t + k + Math.floor(t / 52)) % 2) * 2)) }));
  it('ranks the candidates by the validation WAPE of the methods they lead to', () => {
    const ranked = tuneSettings(series, [51, 55], new Set(), 12, [{ capK: null, hwSmoothing: 13 }, { capK: 3, hwSmoothing: 13 }]);
    expect(ranked.map((r) => r.settings.capK)).toEqual([3, null]);
    expect(ranked[0]!.wape).toBeLessThan(ranked[1]!.wape);
  });
  it('scores nothing without validation origins', () => {
    expect(tuneSettings(series, [], new Set(), 12)).toEqual([]);
  });
});
