// Gaussian mixture with diagonal covariances, fitted by EM from a k-means start (so it is as
// deterministic as the k-means it starts from). Unlike k-means it lets segments differ in
// spread and overlap; customers go to the component with the highest responsibility.
import { kMeans } from './kMeans.ts';
import type { Points } from './points.ts';

export interface MixtureOptions {
  k: number;
  seed: number;
  maxIterations?: number;
  /** Stop when the mean log-likelihood per point improves by less than this (scikit-learn's default tol). */
  tolerance?: number;
  /**
   * Added to every variance. Features are z-scored, and a component that is all shops (a 0/1
   * feature) would otherwise collapse to zero variance and an unbounded likelihood.
   */
  varianceFloor?: number;
}

export interface MixtureFit {
  k: number;
  weights: Float64Array;
  means: Float64Array;
  variances: Float64Array;
  labels: Int32Array;
  logLikelihood: number;
  /** Bayesian information criterion: −2 log L + parameters × ln n. Lower is better. */
  bic: number;
  iterations: number;
}

export const mixtureDefaults = { maxIterations: 100, tolerance: 1e-3, varianceFloor: 0.01 };

export function gaussianMixture(points: Points, options: MixtureOptions): MixtureFit {
  const { k, seed } = options;
  const { maxIterations, tolerance, varianceFloor } = { ...mixtureDefaults, ...options };
  const { n, d } = points;
  const start = kMeans(points, { k, seed, restarts: 1 });
  const resp = new Float64Array(n * k);
  for (let i = 0; i < n; i++) resp[i * k + start.labels[i]] = 1;
  const model = { weights: new Float64Array(k), means: new Float64Array(k * d), variances: new Float64Array(k * d) };
  let logLikelihood = -Infinity;
  let iterations = 0;
  while (iterations < maxIterations) {
    iterations += 1;
    maximise(points, resp, k, varianceFloor, model);
    const next = expect(points, k, model, resp);
    const done = next - logLikelihood < tolerance * n;
    logLikelihood = next;
    if (done) break;
  }
  const parameters = k * d * 2 + (k - 1);
  return { k, ...model, labels: mostLikely(resp, n, k), logLikelihood, bic: -2 * logLikelihood + parameters * Math.log(n), iterations };
}

/** The most likely component of each point under a fitted mixture (no normalising needed for the argmax). */
export function mixtureLabels(points: Points, fit: Pick<MixtureFit, 'k' | 'weights' | 'means' | 'variances'>): Int32Array {
  const { n, d, data } = points;
  const { k } = fit;
  const constant = logConstants(fit, k, d);
  const labels = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    let best = 0;
    let bestLog = -Infinity;
    for (let c = 0; c < k; c++) {
      let quad = 0;
      for (let f = 0; f < d; f++) {
        const diff = data[i * d + f] - fit.means[c * d + f];
        quad += (diff * diff) / fit.variances[c * d + f];
      }
      const logP = constant[c] - 0.5 * quad;
      if (logP > bestLog) {
        bestLog = logP;
        best = c;
      }
    }
    labels[i] = best;
  }
  return labels;
}

/** log(weight) − ½ log((2π)^d |Σ|) of each component. */
function logConstants(model: Pick<MixtureFit, 'weights' | 'variances'>, k: number, d: number): Float64Array {
  const constant = new Float64Array(k);
  for (let c = 0; c < k; c++) {
    let logDet = 0;
    for (let f = 0; f < d; f++) logDet += Math.log(model.variances[c * d + f]);
    constant[c] = Math.log(Math.max(model.weights[c], 1e-300)) - 0.5 * (d * Math.log(2 * Math.PI) + logDet);
  }
  return constant;
}

function mostLikely(resp: Float64Array, n: number, k: number): Int32Array {
  const labels = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    let best = 0;
    for (let c = 1; c < k; c++) if (resp[i * k + c] > resp[i * k + best]) best = c;
    labels[i] = best;
  }
  return labels;
}

interface Model {
  weights: Float64Array;
  means: Float64Array;
  variances: Float64Array;
}

/** M step: weights, means and variances from the responsibilities. */
function maximise(points: Points, resp: Float64Array, k: number, floor: number, model: Model): void {
  const { n, d, data } = points;
  model.weights.fill(0);
  model.means.fill(0);
  model.variances.fill(0);
  for (let i = 0; i < n; i++) {
    for (let c = 0; c < k; c++) {
      const r = resp[i * k + c];
      if (r === 0) continue;
      model.weights[c] += r;
      for (let f = 0; f < d; f++) model.means[c * d + f] += r * data[i * d + f];
    }
  }
  for (let c = 0; c < k; c++) for (let f = 0; f < d; f++) model.means[c * d + f] /= Math.max(model.weights[c], 1e-12);
  for (let i = 0; i < n; i++) {
    for (let c = 0; c < k; c++) {
      const r = resp[i * k + c];
      if (r === 0) continue;
      for (let f = 0; f < d; f++) {
        const diff = data[i * d + f] - model.means[c * d + f];
        model.variances[c * d + f] += r * diff * diff;
      }
    }
  }
  for (let c = 0; c < k; c++) {
    for (let f = 0; f < d; f++) model.variances[c * d + f] = model.variances[c * d + f] / Math.max(model.weights[c], 1e-12) + floor;
    model.weights[c] /= n;
  }
}

/** E step: responsibilities (written into `resp`) and the total log-likelihood. */
function expect(points: Points, k: number, model: Model, resp: Float64Array): number {
  const { n, d, data } = points;
  const constant = logConstants(model, k, d);
  let total = 0;
  for (let i = 0; i < n; i++) {
    let max = -Infinity;
    for (let c = 0; c < k; c++) {
      let quad = 0;
      for (let f = 0; f < d; f++) {
        const diff = data[i * d + f] - model.means[c * d + f];
        quad += (diff * diff) / model.variances[c * d + f];
      }
      const logP = constant[c] - 0.5 * quad;
      resp[i * k + c] = logP;
      if (logP > max) max = logP;
    }
    // log-sum-exp, so that far-away points do not underflow to 0 / 0.
    let sum = 0;
    for (let c = 0; c < k; c++) sum += Math.exp(resp[i * k + c] - max);
    const logSum = max + Math.log(sum);
    for (let c = 0; c < k; c++) resp[i * k + c] = Math.exp(resp[i * k + c] - logSum);
    total += logSum;
  }
  return total;
}
