// Mean silhouette width of several partitions of the same points in one pass over the point
// pairs: computing the n² distances is the cost, so every candidate model shares them.
import type { Points } from './points.ts';

/**
 * For each labelling: the mean over points of (b − a) / max(a, b), where a is the mean distance
 * to the other members of the point's cluster and b the smallest mean distance to another
 * cluster. A point alone in its cluster scores 0 (as in scikit-learn). NaN with fewer than two
 * clusters.
 */
export function meanSilhouettes(points: Points, labellings: readonly Int32Array[], ks: readonly number[]): number[] {
  const { n, d, data } = points;
  const distances = new Float64Array(n);
  const totals = labellings.map(() => 0);
  const sizes = labellings.map((labels, m) => clusterSizes(labels, ks[m]!));
  const sums = ks.map((k) => new Float64Array(k));
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      let squared = 0;
      for (let f = 0; f < d; f++) {
        const diff = data[i * d + f] - data[j * d + f];
        squared += diff * diff;
      }
      distances[j] = Math.sqrt(squared);
    }
    for (let m = 0; m < labellings.length; m++) {
      const labels = labellings[m]!;
      const sum = sums[m]!.fill(0);
      for (let j = 0; j < n; j++) sum[labels[j]] += distances[j];
      totals[m]! += pointSilhouette(sum, sizes[m]!, labels[i]);
    }
  }
  return totals.map((total, m) => (sizes[m]!.filter((s) => s > 0).length < 2 ? NaN : total / n));
}

export function meanSilhouette(points: Points, labels: Int32Array, k: number): number {
  return meanSilhouettes(points, [labels], [k])[0]!;
}

function clusterSizes(labels: Int32Array, k: number): Int32Array {
  const sizes = new Int32Array(k);
  for (const label of labels) sizes[label] += 1;
  return sizes;
}

/** `sum[c]`: Σ distance from the point to cluster c's members (itself included, at distance 0). */
function pointSilhouette(sum: Float64Array, sizes: Int32Array, own: number): number {
  if (sizes[own] <= 1) return 0;
  const a = sum[own] / (sizes[own] - 1);
  let b = Infinity;
  for (let c = 0; c < sizes.length; c++) if (c !== own && sizes[c] > 0) b = Math.min(b, sum[c] / sizes[c]);
  const spread = Math.max(a, b);
  return spread === 0 || !Number.isFinite(b) ? 0 : (b - a) / spread;
}
