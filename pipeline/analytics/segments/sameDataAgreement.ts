// The refit-vs-refit baseline: how well a model agrees with itself when refitted on the SAME
// customers and the SAME data with other seeds (k-means++ starts and, beyond fitSample, the fit
// sample). Any refit later disagrees at least this much for no reason but chance, so only a fall
// of the agreement below this noise says the customers drifted.
import { quantileSorted } from 'd3-array';
import { hashString } from '../../random/prng.ts';
import { adjustedRandIndex } from './adjustedRandIndex.ts';
import type { Points } from './points.ts';
import { fitSegmenter, type Family } from './segmenters.ts';
import { segmentSettings } from './segmentSettings.ts';

export interface Agreement {
  /** Pairwise ARIs between the runs, sorted. */
  aris: number[];
  median: number;
  /** The `noiseQuantile` and 1 − `noiseQuantile` quantiles of the pairwise ARIs. */
  low: number;
  high: number;
}

/** Quantiles of a list of ARIs (pairs of runs, or anything else to summarise the same way). */
export function agreementOf(values: readonly number[], quantile: number = segmentSettings.refit.noiseQuantile): Agreement {
  if (values.length === 0) throw new Error('agreementOf: no values');
  const aris = [...values].sort((a, b) => a - b);
  return { aris, median: quantileSorted(aris, 0.5)!, low: quantileSorted(aris, quantile)!, high: quantileSorted(aris, 1 - quantile)! };
}

/** `runs` fits with their own seeds on `points`, every pair compared: runs·(runs − 1)/2 ARIs. */
export function sameDataAgreement(points: Points, family: Family, k: number, label: string, runs: number = segmentSettings.refit.baselineRuns): Agreement {
  const labels = Array.from({ length: runs }, (_, r) => {
    const seed = (segmentSettings.seed ^ hashString(`baseline ${label} run ${r}`)) >>> 0;
    return fitSegmenter(family, points, k, { seed }).labels;
  });
  const aris: number[] = [];
  for (let a = 0; a < runs; a++) for (let b = a + 1; b < runs; b++) aris.push(adjustedRandIndex(labels[a]!, labels[b]!));
  return agreementOf(aris);
}
