// Principal components of a few standardised features: the eigenvectors of the d × d covariance
// matrix by cyclic Jacobi rotations (exact enough for d ≤ 20 and dependency-free).
import type { Points } from './points.ts';

export interface Pca {
  /** Component c's loadings are components[c * d … c * d + d − 1]; largest variance first. */
  components: Float64Array;
  /** Variance along each component. */
  variances: Float64Array;
  /** Share of the total variance along each component. */
  explained: Float64Array;
  mean: Float64Array;
}

export function pca(points: Points): Pca {
  const { n, d, data } = points;
  const mean = new Float64Array(d);
  for (let i = 0; i < n; i++) for (let f = 0; f < d; f++) mean[f] += data[i * d + f] / n;
  const cov = new Float64Array(d * d);
  for (let i = 0; i < n; i++) {
    for (let a = 0; a < d; a++) {
      const da = data[i * d + a] - mean[a];
      for (let b = a; b < d; b++) cov[a * d + b] += (da * (data[i * d + b] - mean[b])) / Math.max(n - 1, 1);
    }
  }
  for (let a = 0; a < d; a++) for (let b = 0; b < a; b++) cov[a * d + b] = cov[b * d + a];
  const { values, vectors } = symmetricEigen(cov, d);
  const order = [...values.keys()].sort((a, b) => values[b] - values[a] || a - b);
  const components = new Float64Array(d * d);
  order.forEach((col, c) => {
    // Eigenvectors have no sign of their own: make the largest loading positive so runs agree.
    let big = 0;
    for (let f = 0; f < d; f++) if (Math.abs(vectors[f * d + col]) > Math.abs(vectors[big * d + col])) big = f;
    const sign = vectors[big * d + col] < 0 ? -1 : 1;
    for (let f = 0; f < d; f++) components[c * d + f] = sign * vectors[f * d + col];
  });
  const variances = Float64Array.from(order, (col) => Math.max(values[col], 0));
  const total = variances.reduce((s, v) => s + v, 0);
  return { components, variances, explained: variances.map((v) => (total > 0 ? v / total : 0)), mean };
}

/** Coordinates of each point on the first `count` components (n × count, row-major). */
export function project(points: Points, model: Pca, count = 2): Float64Array {
  const { n, d, data } = points;
  const out = new Float64Array(n * count);
  for (let i = 0; i < n; i++) {
    for (let c = 0; c < count; c++) {
      let sum = 0;
      for (let f = 0; f < d; f++) sum += (data[i * d + f] - model.mean[f]) * model.components[c * d + f];
      out[i * count + c] = sum;
    }
  }
  return out;
}

/** Eigenvalues and eigenvectors (as columns of a d × d row-major matrix) of a symmetric matrix. */
export function symmetricEigen(matrix: Float64Array, d: number): { values: Float64Array; vectors: Float64Array } {
  const a = Float64Array.from(matrix);
  const v = new Float64Array(d * d);
  for (let i = 0; i < d; i++) v[i * d + i] = 1;
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    for (let p = 0; p < d; p++) for (let q = p + 1; q < d; q++) off += a[p * d + q] ** 2;
    if (off < 1e-22) break;
    for (let p = 0; p < d; p++) {
      for (let q = p + 1; q < d; q++) {
        const apq = a[p * d + q];
        if (Math.abs(apq) < 1e-300) continue;
        // The rotation angle that zeroes a[p][q] (Golub & Van Loan, Algorithm 8.4.1).
        const theta = (a[q * d + q] - a[p * d + p]) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < d; k++) {
          const akp = a[k * d + p];
          const akq = a[k * d + q];
          a[k * d + p] = c * akp - s * akq;
          a[k * d + q] = s * akp + c * akq;
        }
        for (let k = 0; k < d; k++) {
          const apk = a[p * d + k];
          const aqk = a[q * d + k];
          a[p * d + k] = c * apk - s * aqk;
          a[q * d + k] = s * apk + c * aqk;
        }
        for (let k = 0; k < d; k++) {
          const vkp = v[k * d + p];
          const vkq = v[k * d + q];
          v[k * d + p] = c * vkp - s * vkq;
          v[k * d + q] = s * vkp + c * vkq;
        }
      }
    }
  }
  return { values: Float64Array.from({ length: d }, (_, i) => a[i * d + i]), vectors: v };
}
