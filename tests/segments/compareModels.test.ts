import { describe, expect, it } from 'vitest';
import { chooseModel, compareModels, largeEnough, type Candidate } from '../../pipeline/analytics/segments/compareModels.ts';
import { pointsFromRows } from '../../pipeline/analytics/segments/points.ts';

const candidate = (family: Candidate['family'], k: number, silhouette: number, smallestCustomers = 100): Candidate => ({
  family, k, labels: new Int32Array(0), withinSs: 0, silhouette, daviesBouldin: 1, calinskiHarabasz: 1, bic: null,
  smallestShare: smallestCustomers / 1000, smallestCustomers, stability: null, resample: null, segmenter: null,
});

describe('chooseModel(candidates, stabilityOf)', () => {
  it('takes the best silhouette that is stable and large enough, checking stability only as far as needed', () => {
    const candidates = [candidate('k-means', 2, 0.3), candidate('k-means', 3, 0.5, 5), candidate('k-means', 4, 0.45), candidate('gaussian-mixture', 4, 0.4), candidate('rfm-groups', 11, 0.9)];
    const checked: string[] = [];
    const chosen = chooseModel(candidates, (c) => {
      checked.push(`${c.family} ${c.k}`);
      return c.k === 4 && c.family === 'k-means' ? 0.7 : 0.95;
    });
    // k = 3 has a 5-customer segment; k-means k = 4 is unstable; the mixture is next.
    expect(`${chosen.family} ${chosen.k}`).toBe('gaussian-mixture 4');
    expect(checked).toEqual(['k-means 4', 'gaussian-mixture 4']);
    expect(candidates[2]!.stability).toBe(0.7);
    expect(candidates[0]!.stability).toBeNull();
  });

  it('falls back to the most stable when none reaches the threshold', () => {
    const candidates = [candidate('k-means', 2, 0.5), candidate('k-means', 3, 0.4)];
    expect(chooseModel(candidates, (c) => (c.k === 3 ? 0.6 : 0.5)).k).toBe(3);
  });

  it('needs 20 customers and 0.5 % in the smallest segment', () => {
    expect(largeEnough({ smallestCustomers: 20, smallestShare: 0.005 })).toBe(true);
    expect(largeEnough({ smallestCustomers: 19, smallestShare: 0.5 })).toBe(false);
    expect(largeEnough({ smallestCustomers: 500, smallestShare: 0.004 })).toBe(false);
  });
});

describe('compareModels(points, rfmGroups)', () => {
  it('scores k-means and mixtures for every k with the RFM groups as baseline, and picks the clear two-group split', () => {
    const rows = Array.from({ length: 120 }, (_, i) => [(i % 2) * 10 + Math.sin(i) * 0.5, Math.cos(i * 0.7) * 0.5]);
    const comparison = compareModels(pointsFromRows(rows), Int32Array.from(rows, (_, i) => i % 3));
    expect(comparison.candidates.map((c) => `${c.family} ${c.k}`)).toContain('rfm-groups 11');
    expect(comparison.candidates.filter((c) => c.family === 'k-means').map((c) => c.k)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(comparison.chosen.k).toBe(2);
    expect(comparison.chosen.silhouette).toBeGreaterThan(0.8);
    expect(comparison.silhouetteCustomers).toBe(120);
  });

  it('adds the published RFM k-means as a reference row, scored in its own space and never chosen', () => {
    const rows = Array.from({ length: 120 }, (_, i) => [(i % 2) * 10 + Math.sin(i) * 0.5, Math.cos(i * 0.7) * 0.5]);
    // Four tight groups of 30 in the RFM space: k = 4 finds them exactly, so its silhouette is high.
    const rfm = pointsFromRows(Array.from({ length: 120 }, (_, i) => [Math.floor(i / 30) * 10 + (i % 3) * 0.01, (i % 5) * 0.01, 0]));
    const comparison = compareModels(pointsFromRows(rows), Int32Array.from(rows, (_, i) => i % 3), undefined, rfm);
    const reference = comparison.candidates.find((c) => c.family === 'rfm-k-means')!;
    expect(reference.k).toBe(4);
    expect(reference.smallestCustomers).toBe(30);
    expect(reference.silhouette).toBeGreaterThan(0.99);
    expect(comparison.chosen.family).toBe('k-means');
    expect(comparison.chosen.k).toBe(2);
  });
});
