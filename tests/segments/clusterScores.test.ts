// One-dimensional points 0, 1 | 4, 5, 7 in two clusters; every figure worked out by hand.
import { describe, expect, it } from 'vitest';
import { calinskiHarabasz, daviesBouldin, withinSumOfSquares } from '../../pipeline/analytics/segments/clusterScores.ts';
import { pointsFromRows } from '../../pipeline/analytics/segments/points.ts';
import { meanSilhouette, meanSilhouettes } from '../../pipeline/analytics/segments/silhouette.ts';

const points = pointsFromRows([[0], [1], [4], [5], [7]]);
const labels = Int32Array.from([0, 0, 1, 1, 1]);

describe('meanSilhouette(points, labels, k)', () => {
  it('averages (b − a) / max(a, b) over the points', () => {
    // 0: a 1, b 16/3 → 0.8125; 1: a 1, b 13/3 → 10/13; 4: a 2, b 3.5 → 3/7; 5: a 1.5, b 4.5 → 2/3; 7: a 2.5, b 6.5 → 8/13.
    const expected = (0.8125 + 10 / 13 + 3 / 7 + 2 / 3 + 8 / 13) / 5;
    expect(meanSilhouette(points, labels, 2)).toBeCloseTo(expected, 12);
    expect(expected).toBeCloseTo(0.6584707, 6);
  });

  it('scores a point alone in its cluster 0, and is NaN for a single cluster', () => {
    const single = meanSilhouette(pointsFromRows([[0], [10], [11]]), Int32Array.from([0, 1, 1]), 2);
    // 10: a 1, b 10 → 0.9; 11: a 1, b 11 → 10/11; 0 → 0.
    expect(single).toBeCloseTo((0 + 0.9 + 10 / 11) / 3, 12);
    expect(meanSilhouette(points, new Int32Array(5), 1)).toBeNaN();
  });

  it('scores several labellings in one pass, each as if alone', () => {
    const other = Int32Array.from([0, 1, 1, 1, 1]);
    const [first, second] = meanSilhouettes(points, [labels, other], [2, 2]);
    expect(first).toBeCloseTo(meanSilhouette(points, labels, 2), 12);
    expect(second).toBeCloseTo(meanSilhouette(points, other, 2), 12);
  });
});

describe('daviesBouldin(points, labels, k)', () => {
  it('is the mean worst (sᵢ + sⱼ) / dᵢⱼ', () => {
    // Centres 0.5 and 16/3; spreads 0.5 and 10/9; apart 29/6 → (29/18) / (29/6) = 1/3 for both clusters.
    expect(daviesBouldin(points, labels, 2)).toBeCloseTo(1 / 3, 12);
  });
});

describe('calinskiHarabasz(points, labels, k)', () => {
  it('is (between ÷ (k − 1)) ÷ (within ÷ (n − k))', () => {
    // Mean 3.4; between 2·2.9² + 3·(29/15)² = 841/30; within 0.5 + 42/9 = 31/6 → (841/30) / (31/18).
    expect(withinSumOfSquares(points, labels, 2)).toBeCloseTo(31 / 6, 12);
    expect(calinskiHarabasz(points, labels, 2)).toBeCloseTo((841 * 18) / (30 * 31), 10);
  });
});
