// How long does a segmentation stay valid? Fit at T0; Δ weeks later, score the customers known
// at T0 with the T0 model (its scaling and centres, applied to their features as of T0 + Δ)
// and with a model refitted on everything known at T0 + Δ, and measure the agreement of the
// two labellings with the adjusted Rand index. Features at any date use only data up to it.
// Beside it, two baselines at T0: refits on the same data with other seeds (sameDataAgreement.ts)
// and refits on resampled customers (resampleAgreement.ts); drift = the weaker one − ARI.
import { adjustedRandIndex } from './adjustedRandIndex.ts';
import { noiseFloorOf, resampleAgreement } from './resampleAgreement.ts';
import { sameDataAgreement, type Agreement } from './sameDataAgreement.ts';
import type { FeatureSpec } from './featureSpecs.ts';
import type { FeatureSnapshot } from './readFeatures.ts';
import type { RefitPlan } from './refitPlan.ts';
import { addDays } from '../calendar/isoDays.ts';
import { applyScaler, fitScaler, transformedPoints } from './scaleFeatures.ts';
import { fitSegmenter, type Family } from './segmenters.ts';
import { segmentSettings } from './segmentSettings.ts';
import { selectRows } from './points.ts';

export interface StabilityPoint {
  t0: string;
  weeks: number;
  asOf: string;
  /** Customers known at T0 (and so at T0 + Δ) whose labels are compared. */
  customers: number;
  ari: number;
  /** The noise floor: the weaker (lower 10 % quantile) of seedBaseline and resampleBaseline. */
  baseline: Agreement;
  baselineSource: 'seed' | 'resample';
  /** Refit-vs-refit agreement on the same T0 customers and data, other seeds. */
  seedBaseline: Agreement;
  /** Agreement of refits on bootstrap resamples of the T0 customers, all T0 customers assigned. */
  resampleBaseline: Agreement;
  /** baseline.median − ari: how far the agreement fell below what chance alone costs. */
  drift: number;
  /** ari more than materialFall below baseline.low: more disagreement than refits on the same data show. */
  beyondNoise: boolean;
}

export function simulateRefits(snapshots: ReadonlyMap<string, FeatureSnapshot>, plan: RefitPlan, features: readonly FeatureSpec[], family: Family, k: number): StabilityPoint[] {
  const columns = features.map((f) => f.column);
  const out: StabilityPoint[] = [];
  for (const t0 of plan.t0s) {
    const start = snapshots.get(t0);
    if (!start || start.customerIds.length < segmentSettings.minCustomers) continue;
    const raw0 = transformedPoints(start.columns, features);
    const scaler0 = fitScaler(raw0, columns);
    const scaled0 = applyScaler(raw0, scaler0);
    const model0 = fitSegmenter(family, scaled0, k);
    const seedBaseline = sameDataAgreement(scaled0, family, k, t0);
    const resampleBaseline = resampleAgreement(scaled0, family, k, t0);
    const { floor: baseline, source: baselineSource } = noiseFloorOf(seedBaseline, resampleBaseline);
    for (const weeks of plan.weeks) {
      const asOf = addDays(t0, weeks * 7);
      const later = snapshots.get(asOf);
      if (!later) continue;
      const rawT = transformedPoints(later.columns, features);
      const known = positionsOf(start.customerIds, later.customerIds);
      const rawKnown = selectRows(rawT, known);
      const oldLabels = model0.predict(applyScaler(rawKnown, scaler0));
      const refit = fitSegmenter(family, applyScaler(rawT, fitScaler(rawT, columns)), k);
      const newLabels = Int32Array.from(known, (i) => refit.labels[i]);
      const ari = adjustedRandIndex(oldLabels, newLabels);
      out.push({ t0, weeks, asOf, customers: known.length, ari, baseline, baselineSource, seedBaseline, resampleBaseline, drift: baseline.median - ari, beyondNoise: ari < baseline.low - segmentSettings.refit.materialFall });
    }
  }
  return out;
}

/** Where each of `ids` sits in `within` (both sorted the same way, `ids` ⊆ `within`). */
export function positionsOf(ids: readonly string[], within: readonly string[]): Int32Array {
  const index = new Map(within.map((id, i) => [id, i]));
  return Int32Array.from(ids, (id) => {
    const at = index.get(id);
    if (at === undefined) throw new Error(`customer ${id} known at T0 is missing later`);
    return at;
  });
}
