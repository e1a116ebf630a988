// Runs the backtest over the whole data and turns it into decisions: which method per demand
// class, how wide the intervals are, and how much safety stock. Origins run every `step` weeks
// from the first week with a full season behind it (seasonal naive needs 52 weeks, so with two
// years of data every origin lies in the second year) to the last week that leaves `horizon`
// weeks to score. The split is a value: the validation origins are the earliest, up to those a
// year before the final forecast's origin (errors depend on the time of year, and the final
// forecast starts at the end of November, when the Christmas peak turns); the test origins are
// the later ones. Every choice reads the validation cases only: the method per class, the
// interval percentiles and their calibration factor, the safety stock's σ and its factor. The
// test cases are only scored. A class whose best method is `zero` (forecasting nothing) is too
// sparse to forecast: its products are ordered on demand.
import { backtestSeries, rollingOrigins, type BacktestCase, type WeeklySeries } from './backtest.ts';
import { chooseMethods, MIN_CHOICE_CASES, scoreChosen, scoreMethods, type ClassOrAll, type MethodScore } from './backtestScores.ts';
import { DEMAND_CLASSES, type DemandClass } from './demandClass.ts';
import { scaledErrorQuantiles, type ErrorQuantiles } from './forecastIntervals.ts';
import { SETTING_CANDIDATES, SEASON_WEEKS, type ForecastSettings, type MethodName } from './forecasters.ts';
import { tuneSettings, type SettingScore } from './tuneSettings.ts';
import { calibrateInterval, calibrateSafety, intervalCoverage, type Coverage } from './intervalCalibration.ts';
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

export type BacktestWindow = 'validation' | 'test';
export interface BacktestSplit {
  validation: number[];
  test: number[];
}

/**
 * Validation = the origins up to the last one within `tolerance` weeks of a season before
 * `finalOrigin` (without such an origin, the earlier half); test = the later origins.
 */
export function splitOrigins(origins: readonly number[], finalOrigin: number, tolerance: number = backtestPlan.sameSeasonTolerance, period = SEASON_WEEKS): BacktestSplit {
  const season = sameSeasonOrigins(origins, finalOrigin, tolerance, period);
  const cut = season.length > 0 ? origins.indexOf(season.at(-1)!) + 1 : Math.ceil(origins.length / 2);
  return { validation: origins.slice(0, cut), test: origins.slice(cut) };
}

export interface ClassCoverage {
  window: BacktestWindow;
  demandClass: ClassOrAll;
  /** With the calibrated factor, and with the percentiles as measured (factor 1). */
  calibrated: Coverage;
  raw: Coverage;
}

type Service = ReturnType<typeof serviceReached>;

export interface BacktestOutcome {
  closedWeeks: Set<number>;
  origins: number[];
  split: BacktestSplit;
  cases: BacktestCase[];
  /** The forecasters' settings chosen on validation, and every candidate's validation score. */
  settings: ForecastSettings;
  tuning: SettingScore[];
  scores: { window: BacktestWindow; score: MethodScore }[];
  chosen: Map<DemandClass, MethodName>;
  /** Calibrated on validation (factor set). */
  quantiles: Map<DemandClass, ErrorQuantiles>;
  coverage: ClassCoverage[];
  /** Per class, the error of totals over 1…horizon weeks (index = weeks − 1), validation cases. */
  totals: Map<DemandClass, TotalError[]>;
  /** Classes whose best method forecasts nothing. */
  tooSparse: Set<DemandClass>;
  /** Factor on z·σ that reached the service level on validation (1 without cases). */
  safetyFactor: number;
  /** Share of cases whose lead-time demand stayed within the reorder point: test (calibrated, and with factor 1) and validation. */
  service: Service;
  serviceUncalibrated: Service;
  serviceValidation: Service;
}

/**
 * Per class, what is measured on its own validation cases when it has enough of them, else on all
 * of them; `fit` then adjusts that to the cases that will use it (the classes pooled together).
 */
function perClass<T>(validation: readonly BacktestCase[], measure: (cases: readonly BacktestCase[]) => T | null, fit: (value: T, users: readonly BacktestCase[]) => T = (v) => v): Map<DemandClass, T> {
  const enough = (demandClass: DemandClass) => validation.filter((c) => c.demandClass === demandClass).length >= backtestPlan.minIntervalCases;
  const pooledUsers = validation.filter((c) => !enough(c.demandClass));
  const measured = measure(validation);
  const pooled = measured === null ? null : fit(measured, pooledUsers.length > 0 ? pooledUsers : validation);
  const out = new Map<DemandClass, T>();
  for (const demandClass of DEMAND_CLASSES) {
    const own = validation.filter((c) => c.demandClass === demandClass);
    const value = enough(demandClass) ? measure(own) : pooled;
    if (value !== null) out.set(demandClass, value);
  }
  return out;
}

const scaledSigma = (sigma: (c: BacktestCase) => number | null, factor: number) => (c: BacktestCase) => { const s = sigma(c); return s === null ? null : s * factor; };

export function runBacktest(series: readonly WeeklySeries[], weeks: number): BacktestOutcome {
  const origins = planOrigins(weeks);
  const split = splitOrigins(origins, weeks - 1);
  const closedWeeks = closedWeeksOf(series, weeks);
  const tuning = tuneSettings(series, split.validation, closedWeeks, backtestPlan.horizon);
  const settings = tuning[0]?.settings ?? SETTING_CANDIDATES[0]!;
  const cases = series.flatMap((s) => backtestSeries(s, origins, backtestPlan.horizon, closedWeeks, undefined, settings));
  const byWindow = { validation: cases.filter((c) => split.validation.includes(c.origin)), test: cases.filter((c) => split.test.includes(c.origin)) };
  const validation = byWindow.validation;
  const chosen = chooseMethods(scoreMethods(validation), MIN_CHOICE_CASES);
  const pick = (c: BacktestCase) => c.forecasts[chosen.get(c.demandClass)!];
  // The width factor is calibrated on the cases that use the interval: a pooled one on the classes pooled.
  const calibrated = (q: ErrorQuantiles, users: readonly BacktestCase[]) => ({ ...q, factor: calibrateInterval(users, pick, q, closedWeeks) ?? 1 });
  const quantiles = perClass(validation, (group) => { const q = scaledErrorQuantiles(group, pick); return q && calibrated(q, group); }, calibrated);
  const coverage = (['validation', 'test'] as const).flatMap((window) => (['all', ...DEMAND_CLASSES] as ClassOrAll[]).flatMap((demandClass) => {
    const group = byWindow[window].filter((c) => demandClass === 'all' || c.demandClass === demandClass);
    const calibrated = intervalCoverage(group, pick, (c) => quantiles.get(c.demandClass), closedWeeks);
    const raw = intervalCoverage(group, pick, (c) => { const q = quantiles.get(c.demandClass); return q && { ...q, factor: 1 }; }, closedWeeks);
    return calibrated.weeks > 0 ? [{ window, demandClass, calibrated, raw }] : [];
  }));
  const totals = perClass(validation, (group) => { const t = totalErrorProfiles(group, pick, backtestPlan.horizon); return t.length > 0 ? t : null; });
  const tooSparse = new Set(DEMAND_CLASSES.filter((c) => chosen.get(c) === 'zero'));
  const scores = (['validation', 'test'] as const).flatMap((window) => [...scoreMethods(byWindow[window]), ...scoreChosen(byWindow[window], chosen)].map((score) => ({ window, score })));
  const { z, leadTimeWeeks, serviceLevel } = serviceDefaults;
  const sigma = (c: BacktestCase) => (tooSparse.has(c.demandClass) ? null : (totals.get(c.demandClass)?.[leadTimeWeeks - 1]?.rms ?? null));
  const safetyFactor = calibrateSafety(validation, pick, sigma, z, leadTimeWeeks, serviceLevel) ?? 1;
  const scaled = scaledSigma(sigma, safetyFactor);
  return {
    closedWeeks, origins, split, cases, settings, tuning, scores, chosen, quantiles, coverage, totals, tooSparse, safetyFactor,
    service: serviceReached(byWindow.test, pick, scaled, z, leadTimeWeeks),
    serviceUncalibrated: serviceReached(byWindow.test, pick, sigma, z, leadTimeWeeks),
    serviceValidation: serviceReached(validation, pick, scaled, z, leadTimeWeeks),
  };
}
