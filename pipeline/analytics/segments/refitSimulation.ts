// How long does a segmentation stay valid? Fit at T0; Δ weeks later, score the customers known
// at T0 with the T0 model (its scaling and centres, applied to their features as of T0 + Δ)
// and with a model refitted on everything known at T0 + Δ, and measure the agreement of the
// two labellings with the adjusted Rand index. Features at any date use only data up to it.
import { adjustedRandIndex } from './adjustedRandIndex.ts';
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
}

export function simulateRefits(snapshots: ReadonlyMap<string, FeatureSnapshot>, plan: RefitPlan, features: readonly FeatureSpec[], family: Family, k: number): StabilityPoint[] {
  const columns = features.map((f) => f.column);
  const out: StabilityPoint[] = [];
  for (const t0 of plan.t0s) {
    const start = snapshots.get(t0);
    if (!start || start.customerIds.length < segmentSettings.minCustomers) continue;
    const raw0 = transformedPoints(start.columns, features);
    const scaler0 = fitScaler(raw0, columns);
    const model0 = fitSegmenter(family, applyScaler(raw0, scaler0), k);
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
      out.push({ t0, weeks, asOf, customers: known.length, ari: adjustedRandIndex(oldLabels, newLabels) });
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

export interface RefitAdvice {
  /** Mean ARI over the T0 dates, per Δ. */
  meanByWeeks: { weeks: number; ari: number }[];
  /** The first Δ whose mean ARI is below the threshold, or null if none is. */
  firstBelow: number | null;
  /** Refit at least this often (weeks): the last Δ before the mean ARI drops below the threshold. */
  refitWeeks: number | null;
}

export function adviseRefit(points: readonly StabilityPoint[], threshold: number = segmentSettings.refit.threshold): RefitAdvice {
  const weeks = [...new Set(points.map((p) => p.weeks))].sort((a, b) => a - b);
  const meanByWeeks = weeks.map((w) => {
    const at = points.filter((p) => p.weeks === w);
    return { weeks: w, ari: at.reduce((s, p) => s + p.ari, 0) / at.length };
  });
  const below = meanByWeeks.findIndex((m) => m.ari < threshold);
  if (meanByWeeks.length === 0) return { meanByWeeks, firstBelow: null, refitWeeks: null };
  if (below < 0) return { meanByWeeks, firstBelow: null, refitWeeks: weeks.at(-1)! };
  return { meanByWeeks, firstBelow: weeks[below]!, refitWeeks: below === 0 ? null : weeks[below - 1]! };
}
