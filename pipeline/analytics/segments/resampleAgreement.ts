// The perturbation baseline: how well a model agrees with itself when refitted on bootstrap
// resamples of the T0 customers (drawn with replacement). The seed baseline (sameDataAgreement.ts)
// refits on the very same customers, and with many restarts it finds the same best optimum every
// time, so it cannot see two near-equal structures. A refit weeks later sees a slightly different
// sample (new customers, a few more orders), as a resample does: if resamples already flip between
// structures, a later refit disagreeing that much is instability of the model, not drift.
import { Rng, hashString } from '../../random/prng.ts';
import { adjustedRandIndex } from './adjustedRandIndex.ts';
import { selectRows, type Points } from './points.ts';
import { agreementOf, type Agreement } from './sameDataAgreement.ts';
import { fitSegmenter, type Family } from './segmenters.ts';
import { segmentSettings } from './segmentSettings.ts';

/** `size` indices of 0..n-1 drawn with replacement from a fixed seed, sorted. */
export function bootstrapIndices(n: number, size: number, seed: number): Int32Array {
  const rng = new Rng(seed);
  return Int32Array.from({ length: size }, () => Math.floor(rng.next() * n)).sort();
}

/**
 * `resamples` fits, each on its own bootstrap resample of the customers (at most fitSample of
 * them, the size a model is fitted on anyway) with its own seed; every fit then assigns ALL
 * customers and every pair of labellings is compared: resamples·(resamples − 1)/2 ARIs.
 */
export function resampleAgreement(points: Points, family: Family, k: number, label: string, resamples: number = segmentSettings.refit.resamples): Agreement {
  const size = Math.min(points.n, segmentSettings.fitSample);
  const labels = Array.from({ length: resamples }, (_, r) => {
    const seed = (segmentSettings.seed ^ hashString(`resample ${label} run ${r}`)) >>> 0;
    const sample = selectRows(points, bootstrapIndices(points.n, size, seed));
    return fitSegmenter(family, sample, k, { seed }).predict(points);
  });
  const aris: number[] = [];
  for (let a = 0; a < resamples; a++) for (let b = a + 1; b < resamples; b++) aris.push(adjustedRandIndex(labels[a]!, labels[b]!));
  return agreementOf(aris);
}

/** The noise floor drift is measured against: the weaker of the two baselines (lower 10 % quantile). */
export function noiseFloorOf(seed: Agreement, resample: Agreement): { floor: Agreement; source: 'seed' | 'resample' } {
  return resample.low <= seed.low ? { floor: resample, source: 'resample' } : { floor: seed, source: 'seed' };
}
