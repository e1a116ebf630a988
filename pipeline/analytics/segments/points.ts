// Customers as points: a row-major Float64Array (n rows × d features), so the clustering loops
// touch one flat typed array instead of thousands of small JS arrays.
import { Rng } from '../../random/prng.ts';

export interface Points {
  n: number;
  d: number;
  data: Float64Array;
}

export function pointsFromRows(rows: readonly (readonly number[])[]): Points {
  const n = rows.length;
  const d = rows[0]?.length ?? 0;
  const data = new Float64Array(n * d);
  rows.forEach((row, i) => {
    if (row.length !== d) throw new Error(`pointsFromRows: row ${i} has ${row.length} values, expected ${d}`);
    data.set(row, i * d);
  });
  return { n, d, data };
}

/** The rows at `indices`, in that order. */
export function selectRows(points: Points, indices: ArrayLike<number>): Points {
  const { d } = points;
  const data = new Float64Array(indices.length * d);
  for (let r = 0; r < indices.length; r++) {
    const from = indices[r] * d;
    for (let f = 0; f < d; f++) data[r * d + f] = points.data[from + f];
  }
  return { n: indices.length, d, data };
}

export function squaredDistance(a: Float64Array, i: number, b: Float64Array, j: number, d: number): number {
  let sum = 0;
  for (let f = 0; f < d; f++) {
    const diff = a[i * d + f] - b[j * d + f];
    sum += diff * diff;
  }
  return sum;
}

/**
 * `size` distinct indices of 0..n-1 drawn with a fixed seed, sorted; all of them when n ≤ size.
 * Sorted so that a sample reads in the same order as the full data.
 */
export function sampleIndices(n: number, size: number, seed: number): Int32Array {
  const pool = new Int32Array(n);
  for (let i = 0; i < n; i++) pool[i] = i;
  if (n <= size) return pool;
  const rng = new Rng(seed);
  // Partial Fisher–Yates: the first `size` slots end up a uniform sample without replacement.
  for (let i = 0; i < size; i++) {
    const j = i + Math.floor(rng.next() * (n - i));
    const t = pool[i];
    pool[i] = pool[j];
    pool[j] = t;
  }
  return pool.slice(0, size).sort();
}

/** Mean of each cluster (k × d); an empty cluster keeps zeros. */
export function clusterMeans(points: Points, labels: Int32Array, k: number): { means: Float64Array; sizes: Int32Array } {
  const { n, d, data } = points;
  const means = new Float64Array(k * d);
  const sizes = new Int32Array(k);
  for (let i = 0; i < n; i++) {
    const c = labels[i];
    sizes[c] += 1;
    for (let f = 0; f < d; f++) means[c * d + f] += data[i * d + f];
  }
  for (let c = 0; c < k; c++) for (let f = 0; f < d; f++) if (sizes[c] > 0) means[c * d + f] /= sizes[c];
  return { means, sizes };
}
