// Internal validity scores of a partition, as scikit-learn defines them (Euclidean distance):
// within-cluster sum of squares (k-means' inertia), Davies–Bouldin (lower is better) and
// Calinski–Harabasz (higher is better). Empty clusters are ignored.
import { clusterMeans, squaredDistance, type Points } from './points.ts';

/** Σ squared distance of each point to its cluster mean. */
export function withinSumOfSquares(points: Points, labels: Int32Array, k: number): number {
  const { means } = clusterMeans(points, labels, k);
  let sum = 0;
  for (let i = 0; i < points.n; i++) sum += squaredDistance(points.data, i, means, labels[i], points.d);
  return sum;
}

/**
 * Mean over clusters of the worst ratio (sᵢ + sⱼ) / dᵢⱼ, where s is the mean distance of a
 * cluster's points to its centre and dᵢⱼ the distance between centres. 0 is best.
 */
export function daviesBouldin(points: Points, labels: Int32Array, k: number): number {
  const { n, d, data } = points;
  const { means, sizes } = clusterMeans(points, labels, k);
  const spread = new Float64Array(k);
  for (let i = 0; i < n; i++) spread[labels[i]] += Math.sqrt(squaredDistance(data, i, means, labels[i], d));
  const used = [...sizes.keys()].filter((c) => sizes[c] > 0);
  if (used.length < 2) return NaN;
  for (const c of used) spread[c] /= sizes[c];
  let total = 0;
  for (const a of used) {
    let worst = 0;
    for (const b of used) {
      if (a === b) continue;
      const apart = Math.sqrt(squaredDistance(means, a, means, b, d));
      worst = Math.max(worst, apart === 0 ? Infinity : (spread[a] + spread[b]) / apart);
    }
    total += worst;
  }
  return total / used.length;
}

/** (between-cluster dispersion ÷ (k − 1)) ÷ (within-cluster dispersion ÷ (n − k)). */
export function calinskiHarabasz(points: Points, labels: Int32Array, k: number): number {
  const { n, d, data } = points;
  const { means, sizes } = clusterMeans(points, labels, k);
  const used = [...sizes.keys()].filter((c) => sizes[c] > 0);
  if (used.length < 2 || n <= used.length) return NaN;
  const centre = new Float64Array(d);
  for (let i = 0; i < n; i++) for (let f = 0; f < d; f++) centre[f] += data[i * d + f] / n;
  let between = 0;
  for (const c of used) between += sizes[c] * squaredDistance(means, c, centre, 0, d);
  const within = withinSumOfSquares(points, labels, k);
  if (within === 0) return Infinity;
  return (between / (used.length - 1)) / (within / (n - used.length));
}
