// Stability under resampling in the model choice, on the hand-made square of resampleAgreement's
// test: four equal groups at the corners of the unit square. k = 2 splits them left/right or
// top/bottom, two near-equal structures that bootstrap resamples land on by chance; k = 4 finds
// the corners every time. The silhouettes are set by hand so that the unstable k = 2 leads.
import { describe, expect, it } from 'vitest';
import { chooseModel, type Candidate } from '../../pipeline/analytics/segments/compareModels.ts';
import { pointsFromRows } from '../../pipeline/analytics/segments/points.ts';
import { resampleStability, type ResampleStability } from '../../pipeline/analytics/segments/resampleChoice.ts';

const square = (wide: 'x' | 'y') =>
  Array.from({ length: 100 }, (_, i) => {
    const corner = i % 4;
    const j = ((i >> 2) % 5) - 2;
    return [(corner & 1) + j * (wide === 'x' ? 0.02 : 0.01), (corner >> 1) + j * (wide === 'x' ? 0.01 : 0.02)];
  });
const dates = [
  { date: '2010-06-01', points: pointsFromRows(square('x')) },
  { date: '2010-08-31', points: pointsFromRows(square('y')) },
];
const candidate = (k: number, silhouette: number): Candidate => ({
  family: 'k-means', k, labels: new Int32Array(0), withinSs: 0, silhouette, daviesBouldin: 1, calinskiHarabasz: 1, bic: null,
  smallestShare: 0.25, smallestCustomers: 25, stability: null, resample: null, segmenter: null,
});
const rule = { resamples: 8, customers: 5_000, minMedian: 0.8, minLow: 0.7 };

describe('resampleStability(dates, family, k)', () => {
  it('finds the two-way split of the square unstable and the corners stable', () => {
    const two = resampleStability(dates, 'k-means', 2, rule);
    expect(two.passes).toBe(false);
    // Resamples split left/right or top/bottom: those two labellings agree at ARI 0.
    expect(two.low).toBeLessThan(0.1);
    expect(two.dates).toBe(1); // stops at the first failing date
    const four = resampleStability(dates, 'k-means', 4, rule);
    expect(four).toEqual({ median: 1, low: 1, worstDate: '2010-06-01', dates: 2, passes: true });
  });
});

describe('chooseModel with the resample check', () => {
  it('passes over the best silhouette when it is unstable under resampling and takes the stable one', () => {
    const candidates = [candidate(2, 0.6), candidate(4, 0.5), candidate(3, 0.4)];
    const halves: number[] = [];
    const chosen = chooseModel(candidates, (c) => (halves.push(c.k), 0.95), (c) => resampleStability(dates, 'k-means', c.k, rule));
    expect(chosen.k).toBe(4);
    expect(candidates[0]!.resample!.passes).toBe(false);
    expect(candidates[0]!.stability).toBeNull(); // random halves only for those that pass
    expect(halves).toEqual([4]);
    expect(candidates[2]!.resample).toBeNull(); // never needed
  });

  it('checks at most segmentSettings.resample.candidates and falls back to the most stable under resampling', () => {
    const candidates = Array.from({ length: 10 }, (_, i) => candidate(i + 2, 0.6 - i * 0.01));
    const fail = (median: number): ResampleStability => ({ median, low: 0.1, worstDate: 'd', dates: 1, passes: false });
    const checked: number[] = [];
    const chosen = chooseModel(candidates, () => 1, (c) => (checked.push(c.k), fail(c.k === 5 ? 0.7 : 0.3)));
    expect(checked).toEqual([2, 3, 4, 5, 6, 7, 8, 9]);
    expect(chosen.k).toBe(5);
    expect(chosen.stability).toBeNull();
  });
});
