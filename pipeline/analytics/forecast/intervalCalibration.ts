// Calibration on the validation origins, so that a stated level is the level reached there.
// The 80 % interval: the percentiles of the errors are cut at zero and tie on the many weeks of
// 0 units, so as measured they need not hold 80 % of the weeks. For one week, the smallest width
// factor that puts its demand inside the interval follows from the bounds (neededFactor); the
// calibrated factor is the smallest that covers the stated share of validation weeks, i.e. the
// ⌈share × weeks⌉-th smallest of those factors. The safety stock's z·σ is calibrated too: the
// smallest factor on it that covers the service level's share of validation lead times.
import type { BacktestCase } from './backtest.ts';
import { applyInterval, type ErrorQuantiles } from './forecastIntervals.ts';
import { SEASON_WEEKS } from './forecasters.ts';
import { serviceReached } from './totalErrors.ts';

/** Wider than this is no interval a buyer can use; a class needing more gets this. */
export const MAX_FACTOR = 5;
const EPS = 1e-9;

/**
 * The smallest factor ≥ 0 whose interval holds `actual`: lower = max(0, f + (m − c(m − l))·s)
 * ≤ actual needs c ≥ (m − e)/(m − l) when e < m, upper = max(0, f + (m + c(u − m))·s) ≥ actual
 * needs c ≥ (e − m)/(u − m) when e > m and actual > 0, with e = (actual − f)/s. Infinity when no
 * factor does (a closed week with a sale, or a bound equal to the median).
 */
export function neededFactor(actual: number, forecast: number, scale: number, q: Pick<ErrorQuantiles, 'lower' | 'middle' | 'upper'>, closed = false): number {
  if (closed) return actual <= EPS ? 0 : Infinity;
  const e = (actual - forecast) / scale;
  const m = q.middle;
  if (e > m + EPS && actual > 0) return q.upper > m ? (e - m) / (q.upper - m) : Infinity;
  if (e < m - EPS) return q.lower < m ? (m - e) / (m - q.lower) : Infinity;
  return 0;
}

/** The ⌈share × n⌉-th smallest need, at most MAX_FACTOR; null without needs. */
export function factorCovering(needs: readonly number[], share: number): number | null {
  if (needs.length === 0) return null;
  const sorted = [...needs].sort((a, b) => a - b);
  return Math.min(MAX_FACTOR, sorted[Math.max(0, Math.ceil(share * sorted.length - EPS) - 1)]!);
}

type PickForecast = (c: BacktestCase) => readonly number[];
const closedOf = (c: BacktestCase, closedWeeks: ReadonlySet<number>) => c.actual.map((_, h) => closedWeeks.has(c.origin + 1 + h - SEASON_WEEKS));

/** The factor that makes `q`'s interval hold `share` of the weeks of `cases`. */
export function calibrateInterval(cases: readonly BacktestCase[], pick: PickForecast, q: ErrorQuantiles, closedWeeks: ReadonlySet<number>, share = 0.8): number | null {
  const needs = cases.flatMap((c) => {
    const closed = closedOf(c, closedWeeks);
    return c.actual.map((a, h) => neededFactor(a, pick(c)[h]!, c.scale, q, closed[h]));
  });
  return factorCovering(needs, share);
}

export interface Coverage {
  inside: number;
  weeks: number;
  share: number | null;
}

/** Weeks whose demand fell inside the interval, counted with the same code the forecasts use. */
export function intervalCoverage(cases: readonly BacktestCase[], pick: PickForecast, quantilesOf: (c: BacktestCase) => ErrorQuantiles | undefined, closedWeeks: ReadonlySet<number>): Coverage {
  let inside = 0;
  let weeks = 0;
  for (const c of cases) {
    const q = quantilesOf(c);
    if (!q) continue;
    const { lower, upper } = applyInterval(pick(c), c.scale, q, closedOf(c, closedWeeks));
    c.actual.forEach((a, h) => {
      weeks += 1;
      if (a >= lower[h]! - EPS && a <= upper[h]! + EPS) inside += 1;
    });
  }
  return { inside, weeks, share: weeks > 0 ? inside / weeks : null };
}

/**
 * The smallest factor k (in steps of 0.01, up to MAX_FACTOR) with which `service` of the cases
 * given a reorder point had their demand over `weeks` weeks within forecast + k·z·σ·scale. Which
 * cases are too uneven for a safety stock (stockDecisions.ts) depends on k, so the share is
 * counted afresh at each step, as serviceReached counts it. Null without such cases.
 */
export function calibrateSafety(cases: readonly BacktestCase[], pick: PickForecast, sigmaOf: (c: BacktestCase) => number | null, z: number, weeks: number, service: number): number | null {
  for (let step = 1; step <= MAX_FACTOR * 100; step++) {
    const k = step / 100;
    const reached = serviceReached(cases, pick, (c) => { const s = sigmaOf(c); return s === null ? null : s * k; }, z, weeks);
    if (!reached) return null;
    if (reached.share >= service - EPS) return k;
  }
  return MAX_FACTOR;
}
