import { describe, expect, it } from 'vitest';
import { pca, project, symmetricEigen } from '../../pipeline/analytics/segments/pca.ts';
import { pointsFromRows } from '../../pipeline/analytics/segments/points.ts';

describe('symmetricEigen(matrix, d)', () => {
  it('finds the eigenvalues 3 and 1 of [[2, 1], [1, 2]] with eigenvectors (1, 1) and (1, −1)', () => {
    const { values, vectors } = symmetricEigen(Float64Array.from([2, 1, 1, 2]), 2);
    const big = values[0]! > values[1]! ? 0 : 1;
    expect(values[big]).toBeCloseTo(3, 12);
    expect(values[1 - big]).toBeCloseTo(1, 12);
    expect(Math.abs(vectors[0 * 2 + big]!)).toBeCloseTo(Math.SQRT1_2, 12);
    expect(vectors[0 * 2 + big]! * vectors[1 * 2 + big]!).toBeCloseTo(0.5, 12);
  });
});

describe('pca(points) and project(points, model)', () => {
  it('puts points on the line y = 2x on one component, loadings (1, 2)/√5', () => {
    const points = pointsFromRows([[0, 0], [1, 2], [2, 4], [3, 6]]);
    const model = pca(points);
    expect(model.explained[0]).toBeCloseTo(1, 12);
    expect(model.components[0]).toBeCloseTo(1 / Math.sqrt(5), 12);
    expect(model.components[1]).toBeCloseTo(2 / Math.sqrt(5), 12);
    // Centred at (1.5, 3): the first point sits −1.5·√5 along the line, nothing across it.
    const xy = project(points, model, 2);
    expect(xy[0]).toBeCloseTo(-1.5 * Math.sqrt(5), 12);
    expect(xy[1]).toBeCloseTo(0, 12);
  });

  it('orders components by variance and fixes their sign', () => {
    const points = pointsFromRows([[-2, 0.1, 0], [2, -0.1, 0], [0, 0.5, 1], [0, -0.5, -1]]);
    const model = pca(points);
    expect(model.variances[0]).toBeGreaterThan(model.variances[1]!);
    for (let c = 0; c < 3; c++) {
      const loadings = Array.from(model.components.subarray(c * 3, c * 3 + 3));
      const biggest = loadings.reduce((a, b) => (Math.abs(b) > Math.abs(a) ? b : a));
      expect(biggest).toBeGreaterThan(0);
    }
  });
});
