// Runs the backtest over the whole data and turns it into decisions: which method per demand
// class, and how wide the intervals are. Origins run every `step` weeks from the first week
// with a full season behind it (seasonal naive needs 52 weeks, so with two years of data every
// origin lies in the second year) to the last week that leaves `horizon` weeks to score. The
// method is picked on the "same season" origins, those a year before the final forecast's
// origin, because errors depend on the time of year: the final forecast starts at the end of
// November, when the Christmas peak turns. Those origins are the validation period; the later
// origins, never used for a choice, are the test period the page reports. A class whose best
// method is `zero` (forecasting nothing) is too sparse to forecast: its products are ordered on
// demand. The safety stock's σ per lead time is measured on the validation cases too, and the
// service it reaches is counted on the test cases.
import { backtestSeries, rollingOrigins, type BacktestCase, type WeeklySeries } from './backtest.ts';
import { chooseMethods, scoreChosen, scoreMethods, type MethodScore } from './backtestScores.ts';
import { DEMAND_CLASSES, type DemandClass } from './demandClass.ts';
import { applyInterval, scaledErrorQuantiles, type ErrorQuantiles } from './forecastIntervals.ts';
import { SEASON_WEEKS, type MethodName } from './forecasters.ts';
import { serviceReached, totalErrorProfiles, type TotalError } from './totalErrors.ts';

export const backtestPlan = { horizon: 12, step: 4, sameSeasonTolerance: 4, minIntervalCases: 30 } as const;

/** The stated service level: 95 % cycle service (demand over the lead time covered in 95 of 100 order cycles). */
export const serviceDefaults = { serviceLevel: 0.95, z: 1.645, leadTimeWeeks: 4, coverWeeks: 8 } as const;

/** Every `step` weeks, ending `horizon` weeks before the last week, starting no earlier than a season in. */
export function planOrigins(weeks: number, horizon: number = backtestPlan.horizon, step: number = backtestPlan.step, period = SEASON_WEEKS): number[] {
  const last = weeks - 1 - horizon;
  if (last < period - 1) return [];
  return rollingOrigins(weeks, Math.floor((last - (period - 1)) / step) + 1, step, horizon);
}

/** The origins within `tolerance` weeks of one season before `finalOrigin`. */
export function sameSeasonOrigins(origins: readonly number[], finalOrigin: number, tolerance: number = backtestPlan.sameSeasonTolerance, period = SEASON_WEEKS): number[] {
  return origins.filter((o) => Math.abs(o - (finalOrigin - period)) <= tolerance);
}

/** Indices of the weeks in which no series sold anything. */
export function closedWeeksOf(series: readonly WeeklySeries[], weeks: number): Set<number> {
  const open = new Array<boolean>(weeks).fill(false);
  for (const s of series) s.y.forEach((v, i) => (open[i] ||= v > 0));
  return new Set(open.flatMap((isOpen, i) => (isOpen ? [] : [i])));
}

/** Share of weeks whose actual fell inside the chosen method's interval. */
export function intervalCoverage(cases: readonly BacktestCase[], outcome: Pick<BacktestOutcome, 'chosen' | 'quantiles' | 'closedWeeks'>): number | null {
  let inside = 0;
  let weeks = 0;
  for (const c of cases) {
    const q = outcome.quantiles.get(c.demandClass);
    if (!q) continue;
    const closed = c.actual.map((_, h) => outcome.closedWeeks.has(c.origin + 1 + h - SEASON_WEEKS));
    const { lower, upper } = applyInterval(c.forecasts[outcome.chosen.get(c.demandClass)!], c.scale, q, closed);
    c.actual.forEach((a, h) => {
      weeks += 1;
      if (a >= lower[h]! - 1e-9 && a <= upper[h]! + 1e-9) inside += 1;
    });
  }
  return weeks > 0 ? inside / weeks : null;
}

export type BacktestWindow = 'all_origins' | 'same_season' | 'later_origins';

export interface BacktestOutcome {
  closedWeeks: Set<number>;
  origins: number[];
  sameSeason: number[];
  cases: BacktestCase[];
  scores: { window: BacktestWindow; score: MethodScore }[];
  /** Interval coverage on the origins the intervals were not measured on (null when there are none). */
  coverageOutOfSample: number | null;
  chosen: Map<DemandClass, MethodName>;
  quantiles: Map<DemandClass, ErrorQuantiles>;
  /** Per class, the error of totals over 1…horizon weeks (index = weeks − 1). */
  totals: Map<DemandClass, TotalError[]>;
  /** Classes whose best method forecasts nothing. */
  tooSparse: Set<DemandClass>;
  /** On the test origins: share of cases (classes that are forecast) whose lead-time demand stayed within the reorder point. */
  service: { share: number; cases: number; bulkCases: number } | null;
}

export function runBacktest(series: readonly WeeklySeries[], weeks: number): BacktestOutcome {
  const origins = planOrigins(weeks);
  const sameSeason = sameSeasonOrigins(origins, weeks - 1);
  const closedWeeks = closedWeeksOf(series, weeks);
  const cases = series.flatMap((s) => backtestSeries(s, origins, backtestPlan.horizon, closedWeeks));
  const seasonCases = cases.filter((c) => sameSeason.includes(c.origin));
  const basis = seasonCases.length > 0 ? seasonCases : cases;
  const allScores = scoreMethods(cases);
  const seasonScores = seasonCases.length > 0 ? scoreMethods(seasonCases) : allScores;
  const chosen = chooseMethods(seasonScores);
  const fallback = chooseMethods(allScores);
  for (const demandClass of DEMAND_CLASSES) {
    if (!chosen.has(demandClass)) chosen.set(demandClass, fallback.get(demandClass) ?? 'ses');
  }
  const pick = (c: BacktestCase) => c.forecasts[chosen.get(c.demandClass)!];
  const pooled = scaledErrorQuantiles(basis, pick);
  const quantiles = new Map<DemandClass, ErrorQuantiles>();
  for (const demandClass of DEMAND_CLASSES) {
    const own = basis.filter((c) => c.demandClass === demandClass);
    const q = own.length >= backtestPlan.minIntervalCases ? scaledErrorQuantiles(own, pick) : pooled;
    if (q) quantiles.set(demandClass, q);
  }
  const pooledTotals = totalErrorProfiles(basis, pick, backtestPlan.horizon);
  const totals = new Map<DemandClass, TotalError[]>();
  for (const demandClass of DEMAND_CLASSES) {
    const own = basis.filter((c) => c.demandClass === demandClass);
    const profile = own.length >= backtestPlan.minIntervalCases ? totalErrorProfiles(own, pick, backtestPlan.horizon) : pooledTotals;
    if (profile.length > 0) totals.set(demandClass, profile);
  }
  const tooSparse = new Set(DEMAND_CLASSES.filter((c) => chosen.get(c) === 'zero'));
  const outOfSample = seasonCases.length > 0 ? cases.filter((c) => !sameSeason.includes(c.origin)) : [];
  const windows = [['all_origins', cases, allScores], ['same_season', seasonCases, seasonCases.length > 0 ? seasonScores : []], ['later_origins', outOfSample, scoreMethods(outOfSample)]] as const;
  const scores = windows.flatMap(([window, group, methodScores]) => [...methodScores, ...scoreChosen(group, chosen)].map((score) => ({ window, score })));
  const coverageOutOfSample = intervalCoverage(outOfSample, { chosen, quantiles, closedWeeks });
  const { z, leadTimeWeeks } = serviceDefaults;
  const sigma = (c: BacktestCase) => (tooSparse.has(c.demandClass) ? null : (totals.get(c.demandClass)?.[leadTimeWeeks - 1]?.rms ?? null));
  const service = serviceReached(outOfSample, pick, sigma, z, leadTimeWeeks);
  return { closedWeeks, origins, sameSeason, cases, scores, coverageOutOfSample, chosen, quantiles, totals, tooSparse, service };
}
