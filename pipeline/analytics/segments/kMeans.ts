// k-means (Lloyd's algorithm) with k-means++ seeding from a seeded PRNG, several restarts and an
// iteration cap, so the same points and seed always give the same clusters.
import { Rng } from '../../sample/random/prng.ts';
import { clusterMeans, squaredDistance, type Points } from './points.ts';

export interface KMeansOptions {
  k: number;
  seed: number;
  /** Independent k-means++ starts; the one with the lowest inertia wins (ties: the first). */
  restarts?: number;
  maxIterations?: number;
}

export interface KMeansFit {
  k: number;
  /** k × d, row-major. */
  centroids: Float64Array;
  labels: Int32Array;
  /** Sum of squared distances of points to their centroid. */
  inertia: number;
  iterations: number;
}

export const kMeansDefaults = { restarts: 8, maxIterations: 100 };

export function kMeans(points: Points, options: KMeansOptions): KMeansFit {
  const { k, seed, restarts = kMeansDefaults.restarts, maxIterations = kMeansDefaults.maxIterations } = options;
  if (!Number.isInteger(k) || k < 1 || k > points.n) throw new Error(`kMeans: k must be 1…${points.n}, got ${k}`);
  const root = new Rng(seed);
  let best: KMeansFit | undefined;
  for (let r = 0; r < restarts; r++) {
    const fit = lloyd(points, kMeansPlusPlus(points, k, root.fork(`restart-${r}`)), k, maxIterations);
    if (!best || fit.inertia < best.inertia) best = fit;
  }
  return best!;
}

/** k-means++: the first centre uniformly, each next one with probability ∝ squared distance to the nearest centre. */
export function kMeansPlusPlus(points: Points, k: number, rng: Rng): Float64Array {
  const { n, d, data } = points;
  const centroids = new Float64Array(k * d);
  const nearest = new Float64Array(n).fill(Infinity);
  let pick = Math.floor(rng.next() * n);
  for (let c = 0; c < k; c++) {
    centroids.set(data.subarray(pick * d, pick * d + d), c * d);
    let total = 0;
    for (let i = 0; i < n; i++) {
      nearest[i] = Math.min(nearest[i], squaredDistance(data, i, centroids, c, d));
      total += nearest[i];
    }
    if (c === k - 1) break;
    // All points already sit on a centre (duplicates): any point will do.
    if (total === 0) {
      pick = Math.floor(rng.next() * n);
      continue;
    }
    let target = rng.next() * total;
    pick = n - 1;
    for (let i = 0; i < n; i++) {
      target -= nearest[i];
      if (target < 0) {
        pick = i;
        break;
      }
    }
  }
  return centroids;
}

/** Each point's nearest centroid (ties: the lower index) and the resulting inertia. */
export function assignToNearest(points: Points, centroids: Float64Array, k: number): { labels: Int32Array; inertia: number } {
  const { n, d, data } = points;
  const labels = new Int32Array(n);
  let inertia = 0;
  for (let i = 0; i < n; i++) {
    let best = 0;
    let bestDistance = Infinity;
    for (let c = 0; c < k; c++) {
      const distance = squaredDistance(data, i, centroids, c, d);
      if (distance < bestDistance) {
        bestDistance = distance;
        best = c;
      }
    }
    labels[i] = best;
    inertia += bestDistance;
  }
  return { labels, inertia };
}

function lloyd(points: Points, start: Float64Array, k: number, maxIterations: number): KMeansFit {
  const { d, data } = points;
  let centroids = start;
  let { labels, inertia } = assignToNearest(points, centroids, k);
  let iterations = 0;
  while (iterations < maxIterations) {
    iterations += 1;
    const { means, sizes } = clusterMeans(points, labels, k);
    // An emptied cluster restarts at the point farthest from its centroid, so k clusters remain.
    for (let c = 0; c < k; c++) {
      if (sizes[c] > 0) continue;
      const far = farthest(points, labels, centroids);
      means.set(data.subarray(far * d, far * d + d), c * d);
    }
    centroids = means;
    const next = assignToNearest(points, centroids, k);
    const changed = next.labels.some((label, i) => label !== labels[i]);
    labels = next.labels;
    inertia = next.inertia;
    if (!changed) break;
  }
  return { k, centroids, labels, inertia, iterations };
}

function farthest(points: Points, labels: Int32Array, centroids: Float64Array): number {
  let index = 0;
  let distance = -1;
  for (let i = 0; i < points.n; i++) {
    const di = squaredDistance(points.data, i, centroids, labels[i], points.d);
    if (di > distance) {
      distance = di;
      index = i;
    }
  }
  return index;
}
