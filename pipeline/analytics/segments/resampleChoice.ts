// Stability under resampling as part of the model choice: a candidate is refitted on bootstrap
// resamples of the customers of every model date (resampleAgreement.ts) and must agree with
// itself at the worst date. Random halves of the final data missed two near-equal structures
// that resamples at the model dates found, and those flips later looked like drift.
import { hashString } from '../../random/prng.ts';
import { sampleIndices, selectRows, type Points } from './points.ts';
import { resampleAgreement } from './resampleAgreement.ts';
import type { Family } from './segmenters.ts';
import { segmentSettings } from './segmentSettings.ts';

/** The scaled customers of one model date (scaled with that date's own scaler, as a refit would be). */
export interface ModelDatePoints {
  date: string;
  points: Points;
}

export interface ResampleStability {
  /** Lowest median pairwise ARI over the dates checked. */
  median: number;
  /** Lowest 10 % quantile of the pairwise ARIs over the dates checked. */
  low: number;
  /** The date with the lowest median. */
  worstDate: string;
  /** Dates checked: all of them when it passes, up to the first failing one otherwise. */
  dates: number;
  passes: boolean;
}

export interface ResampleRule {
  resamples: number;
  customers: number;
  minMedian: number;
  minLow: number;
}

/**
 * Checked date by date, stopping at the first date that fails (the candidate is out either
 * way, and each date costs `resamples` fits). Each date's customers are a fixed-seed sample of
 * at most `customers`, and every bootstrap resample is as large as that sample.
 */
export function resampleStability(dates: readonly ModelDatePoints[], family: Family, k: number, rule: ResampleRule = segmentSettings.resample): ResampleStability {
  if (dates.length === 0) throw new Error('resampleStability: no model dates');
  let worst = null as ResampleStability | null;
  for (const { date, points } of dates) {
    if (points.n <= k) continue;
    const seed = (segmentSettings.seed ^ hashString(`choice sample ${date}`)) >>> 0;
    const sample = points.n <= rule.customers ? points : selectRows(points, sampleIndices(points.n, rule.customers, seed));
    const agreement = resampleAgreement(sample, family, k, `choice ${family} k=${k} ${date}`, rule.resamples);
    const passes = agreement.median >= rule.minMedian && agreement.low >= rule.minLow;
    worst = {
      median: Math.min(worst?.median ?? Infinity, agreement.median),
      low: Math.min(worst?.low ?? Infinity, agreement.low),
      worstDate: worst && worst.median <= agreement.median ? worst.worstDate : date,
      dates: (worst?.dates ?? 0) + 1,
      passes: (worst?.passes ?? true) && passes,
    };
    if (!passes) break;
  }
  if (!worst) throw new Error(`resampleStability: no model date has more than ${k} customers`);
  return worst;
}
