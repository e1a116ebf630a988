import { describe, expect, it } from 'vitest';
import { gaussianMixture, mixtureLabels } from '../../pipeline/analytics/segments/gaussianMixture.ts';
import { pointsFromRows } from '../../pipeline/analytics/segments/points.ts';

const blob = (cx: number, cy: number) => Array.from({ length: 20 }, (_, i) => [cx + Math.sin(i) * 0.5, cy + Math.cos(i * 1.3) * 0.5]);
const points = pointsFromRows([...blob(0, 0), ...blob(8, 8)]);

describe('gaussianMixture(points, {k, seed})', () => {
  it('separates two blobs with equal weights and means at the blob centres', () => {
    const fit = gaussianMixture(points, { k: 2, seed: 5 });
    const first = fit.labels[0]!;
    expect(Array.from(fit.labels.slice(0, 20)).every((l) => l === first)).toBe(true);
    expect(Array.from(fit.labels.slice(20)).every((l) => l === 1 - first)).toBe(true);
    expect(fit.weights[first]).toBeCloseTo(0.5, 9);
    expect(fit.means[(1 - first) * 2]).toBeCloseTo(8 + blob(0, 0).reduce((s, p) => s + p[0]!, 0) / 20, 9);
    expect(Number.isFinite(fit.bic)).toBe(true);
  });

  it('assigns new points to the likeliest component', () => {
    const fit = gaussianMixture(points, { k: 2, seed: 5 });
    const labels = mixtureLabels(pointsFromRows([[0.2, -0.1], [7.5, 8.4]]), fit);
    expect(labels[0]).toBe(fit.labels[0]);
    expect(labels[1]).toBe(fit.labels[20]);
  });

  it('is deterministic for a seed', () => {
    const a = gaussianMixture(points, { k: 3, seed: 9 });
    const b = gaussianMixture(points, { k: 3, seed: 9 });
    expect(b.logLikelihood).toBe(a.logLikelihood);
  });
});
