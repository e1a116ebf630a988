// Mean silhouette width of several partitions of the same points in one pass over the point
// pairs: computing the n²/2 distances is the cost, so every candidate model shares them.
import type { Points } from './points.ts';

/**
 * For each labelling: the mean over points of (b − a) / max(a, b), where a is the mean distance
 * to the other members of the point's cluster and b the smallest mean distance to another
 * cluster. A point alone in its cluster scores 0 (as in scikit-learn). NaN with fewer than two
 * clusters.
 */
export function meanSilhouettes(points: Points, labellings: readonly Int32Array[], ks: readonly number[]): number[] {
  const { n, d, data } = points;
  // sums[m][i * k + c]: Σ distance from point i to the points of cluster c under labelling m.
  const sums = labellings.map((_, m) => new Float64Array(n * ks[m]!));
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      let squared = 0;
      for (let f = 0; f < d; f++) {
        const diff = data[i * d + f] - data[j * d + f];
        squared += diff * diff;
      }
      const distance = Math.sqrt(squared);
      for (let m = 0; m < labellings.length; m++) {
        const k = ks[m]!;
        const labels = labellings[m]!;
        const sum = sums[m]!;
        sum[i * k + labels[j]] += distance;
        sum[j * k + labels[i]] += distance;
      }
    }
  }
  return labellings.map((labels, m) => meanOf(sums[m]!, labels, ks[m]!, n));
}

export function meanSilhouette(points: Points, labels: Int32Array, k: number): number {
  return meanSilhouettes(points, [labels], [k])[0]!;
}

function meanOf(sum: Float64Array, labels: Int32Array, k: number, n: number): number {
  const sizes = new Int32Array(k);
  for (let i = 0; i < n; i++) sizes[labels[i]] += 1;
  if (sizes.filter((s) => s > 0).length < 2) return NaN;
  let total = 0;
  for (let i = 0; i < n; i++) {
    const own = labels[i];
    if (sizes[own] === 1) continue;
    const a = sum[i * k + own] / (sizes[own] - 1);
    let b = Infinity;
    for (let c = 0; c < k; c++) if (c !== own && sizes[c] > 0) b = Math.min(b, sum[i * k + c] / sizes[c]);
    const spread = Math.max(a, b);
    total += spread === 0 ? 0 : (b - a) / spread;
  }
  return total / n;
}
