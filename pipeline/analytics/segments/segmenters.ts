// The clustering families compared on the Models page, behind one interface: fit on (a sample
// of) the scaled points, assign every point, and assign new points later (the refit
// simulation scores customers with an old model).
import { hashString } from '../../random/prng.ts';
import { gaussianMixture, mixtureLabels } from './gaussianMixture.ts';
import { assignToNearest, kMeans } from './kMeans.ts';
import { sampleIndices, selectRows, type Points } from './points.ts';
import { segmentSettings } from './segmentSettings.ts';

export type Family = 'k-means' | 'gaussian-mixture';

export interface FittedSegmenter {
  family: Family;
  k: number;
  labels: Int32Array;
  /** k-means: inertia; mixture: BIC. Reported, never compared across families. */
  objective: number;
  predict(points: Points): Int32Array;
}

export interface FitOptions {
  seed?: number;
  fitSample?: number;
}

export function fitSegmenter(family: Family, points: Points, k: number, options: FitOptions = {}): FittedSegmenter {
  const { seed = segmentSettings.seed, fitSample = segmentSettings.fitSample } = options;
  // One seed per family and k, so adding a candidate never changes another's fit.
  const modelSeed = (seed ^ hashString(`${family} k=${k}`)) >>> 0;
  const training = points.n > fitSample ? selectRows(points, sampleIndices(points.n, fitSample, modelSeed)) : points;
  if (family === 'k-means') {
    const fit = kMeans(training, { k, seed: modelSeed, restarts: segmentSettings.restarts, maxIterations: segmentSettings.maxIterations });
    const predict = (p: Points) => assignToNearest(p, fit.centroids, k).labels;
    return { family, k, labels: training === points ? fit.labels : predict(points), objective: fit.inertia, predict };
  }
  const fit = gaussianMixture(training, { k, seed: modelSeed });
  const predict = (p: Points) => mixtureLabels(p, fit);
  return { family, k, labels: training === points ? fit.labels : predict(points), objective: fit.bic, predict };
}
