// k-means (Lloyd's algorithm) with k-means++ seeding from a seeded PRNG, several restarts and an
// iteration cap, so the same points and seed always give the same clusters.
import { Rng } from '../../random/prng.ts';
import { squaredDistance, type Points } from './points.ts';

export interface KMeansOptions {
  k: number;
  seed: number;
  /** Independent k-means++ starts; the one with the lowest inertia wins (ties: the first). */
  restarts?: number;
  maxIterations?: number;
  /**
   * Stop once the centroids move less than this in total (squared), relative to the mean
   * feature variance — scikit-learn's `tol`. Label-exact convergence can take hundreds of
   * iterations of shuffling a few border points.
   */
  tolerance?: number;
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

export const kMeansDefaults = { restarts: 8, maxIterations: 100, tolerance: 1e-4 };

export function kMeans(points: Points, options: KMeansOptions): KMeansFit {
  const { k, seed, restarts, maxIterations, tolerance } = { ...kMeansDefaults, ...options };
  if (!Number.isInteger(k) || k < 1 || k > points.n) throw new Error(`kMeans: k must be 1…${points.n}, got ${k}`);
  const root = new Rng(seed);
  const scaledTolerance = tolerance * meanVariance(points);
  let best: KMeansFit | undefined;
  for (let r = 0; r < restarts; r++) {
    const fit = lloyd(points, kMeansPlusPlus(points, k, root.fork(`restart-${r}`)), k, maxIterations, scaledTolerance);
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
export function assignToNearest(points: Points, centroids: Float64Array, k: number, into?: Int32Array): { labels: Int32Array; inertia: number } {
  const { n, d, data } = points;
  const labels = into ?? new Int32Array(n);
  let inertia = 0;
  for (let i = 0; i < n; i++) {
    let best = 0;
    let bestDistance = Infinity;
    const row = i * d;
    for (let c = 0; c < k; c++) {
      // Inlined squared distance with an early exit: this loop is most of the run time.
      let distance = 0;
      for (let f = 0; f < d && distance < bestDistance; f++) {
        const diff = data[row + f] - centroids[c * d + f];
        distance += diff * diff;
      }
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

/**
 * Lloyd's iterations. Each pass assigns every point and sums the new centres in the same loop
 * (this loop is nearly all the run time); it stops when no label changes, when the centres
 * move less than `tolerance`, or at `maxIterations`. The labels returned always belong to the
 * centroids returned.
 */
function lloyd(points: Points, start: Float64Array, k: number, maxIterations: number, tolerance: number): KMeansFit {
  const { n, d, data } = points;
  let centroids = Float64Array.from(start);
  const labels = new Int32Array(n).fill(-1);
  const nearest = new Float64Array(n);
  const sums = new Float64Array(k * d);
  const sizes = new Int32Array(k);
  let inertia = 0;
  let iterations = 0;
  let converged = false;
  for (;;) {
    sums.fill(0);
    sizes.fill(0);
    inertia = 0;
    let changed = false;
    for (let i = 0; i < n; i++) {
      const row = i * d;
      let best = 0;
      let bestDistance = Infinity;
      for (let c = 0; c < k; c++) {
        let distance = 0;
        for (let f = 0; f < d && distance < bestDistance; f++) {
          const diff = data[row + f] - centroids[c * d + f];
          distance += diff * diff;
        }
        if (distance < bestDistance) {
          bestDistance = distance;
          best = c;
        }
      }
      if (labels[i] !== best) changed = true;
      labels[i] = best;
      nearest[i] = bestDistance;
      inertia += bestDistance;
      sizes[best] += 1;
      for (let f = 0; f < d; f++) sums[best * d + f] += data[row + f];
    }
    if (!changed || converged || iterations === maxIterations) break;
    iterations += 1;
    const next = new Float64Array(k * d);
    for (let c = 0; c < k; c++) {
      if (sizes[c] > 0) {
        for (let f = 0; f < d; f++) next[c * d + f] = sums[c * d + f] / sizes[c];
        continue;
      }
      // An emptied cluster restarts at the point farthest from its centre, so k clusters remain.
      let far = 0;
      for (let i = 1; i < n; i++) if (nearest[i] > nearest[far]) far = i;
      next.set(data.subarray(far * d, far * d + d), c * d);
      nearest[far] = 0;
    }
    let shift = 0;
    for (let j = 0; j < k * d; j++) shift += (next[j] - centroids[j]) ** 2;
    centroids = next;
    converged = shift <= tolerance;
  }
  return { k, centroids, labels, inertia, iterations };
}

function meanVariance(points: Points): number {
  const { n, d, data } = points;
  let total = 0;
  for (let f = 0; f < d; f++) {
    let mean = 0;
    for (let i = 0; i < n; i++) mean += data[i * d + f] / n;
    for (let i = 0; i < n; i++) total += (data[i * d + f] - mean) ** 2 / n;
  }
  return total / d;
}
