import { describe, expect, it } from 'vitest';
import { assignToNearest, kMeans } from '../../pipeline/analytics/segments/kMeans.ts';
import { pointsFromRows } from '../../pipeline/analytics/segments/points.ts';

// Two obvious groups: three points near (0, 0), three near (10, 10).
const points = pointsFromRows([[0, 0], [10, 10], [0, 1], [10, 11], [1, 0], [11, 10]]);

describe('kMeans(points, {k, seed})', () => {
  it('finds the two groups, their centres and the inertia', () => {
    const fit = kMeans(points, { k: 2, seed: 1 });
    const [a, b, c, d, e, f] = fit.labels;
    expect([a, c, e]).toEqual([a, a, a]);
    expect([b, d, f]).toEqual([b, b, b]);
    expect(a).not.toBe(b);
    const centres = [0, 1].map((cluster) => Array.from(fit.centroids.subarray(cluster * 2, cluster * 2 + 2)));
    expect(centres[a!]![0]).toBeCloseTo(1 / 3, 12);
    expect(centres[b!]![1]).toBeCloseTo(31 / 3, 12);
    // Each group: (1/9 + 1/9) + (1/9 + 4/9) + (4/9 + 1/9) = 4/3.
    expect(fit.inertia).toBeCloseTo(8 / 3, 12);
  });

  it('is deterministic for a seed', () => {
    const data = pointsFromRows(Array.from({ length: 60 }, (_, i) => [Math.sin(i * 1.7) * 5, Math.cos(i * 0.3) * 3 + (i % 3)]));
    const one = kMeans(data, { k: 4, seed: 42 });
    const two = kMeans(data, { k: 4, seed: 42 });
    expect(Array.from(two.labels)).toEqual(Array.from(one.labels));
    expect(two.inertia).toBe(one.inertia);
  });

  it('never leaves a cluster empty, even with duplicate points', () => {
    const same = pointsFromRows([[1, 1], [1, 1], [1, 1], [5, 5]]);
    const fit = kMeans(same, { k: 3, seed: 3 });
    expect(new Set(fit.labels).size).toBeGreaterThanOrEqual(2);
    expect(fit.inertia).toBe(0);
  });

  it('rejects a k it cannot fit', () => {
    expect(() => kMeans(points, { k: 7, seed: 1 })).toThrow(/k must be 1…6/);
    expect(() => kMeans(points, { k: 0, seed: 1 })).toThrow();
  });
});

describe('assignToNearest(points, centroids, k)', () => {
  it('gives each point its nearest centre, ties to the lower index', () => {
    const centroids = Float64Array.from([0, 0, 10, 10]);
    const { labels, inertia } = assignToNearest(pointsFromRows([[1, 1], [9, 9], [5, 5]]), centroids, 2);
    expect(Array.from(labels)).toEqual([0, 1, 0]);
    expect(inertia).toBe(2 + 2 + 50);
  });
});
