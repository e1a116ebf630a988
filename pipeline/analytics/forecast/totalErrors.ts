// How far the forecast of a total over the next `weeks` weeks missed in the backtest, for every
// number of weeks up to the horizon: the error of each case's total (actual − forecast), divided
// by the item's MASE scale so items of any size pool, then its 10th and 90th percentiles (the
// 80 % interval of a cover period's demand) and its root mean square (the σ behind the safety
// stock of a lead time). The root mean square is taken around zero, not around the mean error,
// so a method that under-forecasts on average gets the larger safety stock it needs.
import { isBulk } from './stockDecisions.ts';
import { quantileSorted } from 'd3-array';
import type { BacktestCase } from './backtest.ts';

export interface TotalError {
  weeks: number;
  lower: number;
  upper: number;
  rms: number;
  cases: number;
}

const sum = (values: readonly number[]) => values.reduce((s, v) => s + v, 0);

/** The scaled error of each case's total over its first `weeks` weeks (cases shorter than that left out). */
export function scaledTotalErrors(cases: readonly BacktestCase[], pick: (c: BacktestCase) => readonly number[], weeks: number): number[] {
  return cases.filter((c) => c.actual.length >= weeks).map((c) => (sum(c.actual.slice(0, weeks)) - sum(pick(c).slice(0, weeks))) / c.scale);
}

/** One profile per number of weeks 1…horizon; empty without cases. */
export function totalErrorProfiles(cases: readonly BacktestCase[], pick: (c: BacktestCase) => readonly number[], horizon: number, lower = 0.1, upper = 0.9): TotalError[] {
  if (cases.length === 0) return [];
  return Array.from({ length: horizon }, (_, i) => {
    const errors = scaledTotalErrors(cases, pick, i + 1).sort((a, b) => a - b);
    const rms = Math.sqrt(sum(errors.map((e) => e * e)) / errors.length);
    return { weeks: i + 1, lower: quantileSorted(errors, lower)!, upper: quantileSorted(errors, upper)!, rms, cases: errors.length };
  });
}

/**
 * Share of cases whose demand over the first `weeks` weeks stayed at or below forecast + z·σ·scale
 * over the cases that get a reorder point (a bulk-order case, stockDecisions.ts, is counted apart):
 * the cycle service level a reorder point set that way would have reached.
 */
export function serviceReached(cases: readonly BacktestCase[], pick: (c: BacktestCase) => readonly number[], rms: (c: BacktestCase) => number | null, z: number, weeks: number): { share: number; cases: number; bulkCases: number } | null {
  let met = 0;
  let counted = 0;
  let bulkCases = 0;
  for (const c of cases) {
    const sigma = rms(c);
    if (sigma === null || c.actual.length < weeks) continue;
    const expected = sum(pick(c).slice(0, weeks));
    // Bulk-order cases get no reorder point (stockDecisions.ts): counted apart, not as misses.
    if (isBulk(expected, z * sigma * c.scale)) {
      bulkCases += 1;
      continue;
    }
    counted += 1;
    if (sum(c.actual.slice(0, weeks)) <= expected + z * sigma * c.scale + 1e-9) met += 1;
  }
  return counted > 0 ? { share: met / counted, cases: counted, bulkCases } : null;
}
