// The final forecast of each product from the last complete week, with its interval and the
// signals the stock advice reads. Products without a full season of history, or selling in
// fewer than 6 of the last 52 weeks, get none. Cover totals (4, 8, 12 weeks) take their 80 %
// interval from the backtest errors of totals over as many weeks (totalErrors.ts).
import { maseScale } from './accuracy.ts';
import { forecastHistory, zeroClosedWeeks } from './backtest.ts';
import { demandClass, type DemandProfile } from './demandClass.ts';
import { applyInterval, intervalDefaults } from './forecastIntervals.ts';
import { forecastersFor, SEASON_WEEKS, type MethodName } from './forecasters.ts';
import { stockAdvice, type Advice, type StockReason, type StockSignals } from './stockAdvice.ts';
import { serviceDefaults, type BacktestOutcome } from './stockBacktest.ts';
import { decisionDefaults, stockDecision, type StockDecision, type StockLevel } from './stockDecisions.ts';
import type { ProductSeries } from './weeklyDemand.ts';

export interface ProductForecast {
  series: ProductSeries;
  profile: DemandProfile;
  method: MethodName;
  historyWeeks: number;
  forecast: number[];
  lower: number[];
  upper: number[];
  signals: StockSignals;
  unitPrice: number | null;
  advice: Advice | null;
  reasons: StockReason[];
  /** Demand over 4, 8 and 12 weeks with its 80 % interval. */
  cover: Record<4 | 8 | 12, { expected: number; lower: number; upper: number }>;
  tooSparse: boolean;
  decision: StockDecision;
  stock: StockLevel | null;
}

export const COVER_WEEKS = [4, 8, 12] as const;

const sum = (values: readonly number[]) => values.reduce((s, v) => s + v, 0);

/** Σ values[from, to) with indices clipped to the array. */
function window(values: readonly number[], from: number, to: number): number {
  return sum(values.slice(Math.max(0, from), Math.max(0, to)));
}

export function forecastProduct(series: ProductSeries, outcome: BacktestOutcome, horizon: number, stock: StockLevel | null = null): ProductForecast | null {
  const n = series.y.length;
  const history = forecastHistory(series, n - 1);
  const scale = history && maseScale(history);
  const profile = history && demandClass(history);
  if (!history || !scale || !profile) return null;
  const method = outcome.chosen.get(profile.demandClass);
  const quantiles = outcome.quantiles.get(profile.demandClass);
  if (!method) return null;
  const raw = forecastersFor(outcome.settings)[method](history, horizon);
  if (!raw || !quantiles) return null;
  const forecast = zeroClosedWeeks(raw, n, outcome.closedWeeks);
  const closed = forecast.map((_, h) => outcome.closedWeeks.has(n + h - SEASON_WEEKS));
  const { lower, upper } = applyInterval(forecast, scale, quantiles, closed);
  const weeks = intervalDefaults.totalWeeks;
  const expected8 = sum(forecast.slice(0, weeks));
  const m = SEASON_WEEKS;
  const yearAgo13 = window(series.y, n - 13 - m, n - m);
  const sold26 = window(series.sold, n - 26, n);
  const returned26 = window(series.returned, n - 26, n);
  const signals: StockSignals = {
    last8: window(series.y, n - weeks, n),
    expected8,
    expected8Lower: Math.max(0, expected8 + quantiles.lowerTotal * scale),
    expected8Upper: Math.max(0, expected8 + quantiles.upperTotal * scale),
    yearAgoLast8: window(series.y, n - weeks - m, n - m),
    yearAgoNext8: window(series.y, n - m, n - m + weeks),
    yearOverYear: yearAgo13 > 0 ? window(series.y, n - 13, n) / yearAgo13 : null,
    returnRate26: sold26 > 0 ? returned26 / sold26 : null,
    returned26,
  };
  const { advice, reasons } = stockAdvice(signals);
  const unitPrice = sold26 > 0 ? window(series.sales, n - 26, n) / sold26 : null;
  const totals = outcome.totals.get(profile.demandClass) ?? [];
  const coverOf = (w: number) => {
    const expected = sum(forecast.slice(0, w));
    const t = totals[Math.min(w, totals.length) - 1];
    return { expected, lower: Math.max(0, expected + (t?.lower ?? 0) * scale), upper: Math.max(0, expected + (t?.upper ?? 0) * scale) };
  };
  const cover = { 4: coverOf(4), 8: coverOf(8), 12: coverOf(12) };
  const tooSparse = outcome.tooSparse.has(profile.demandClass);
  const settings = { ...decisionDefaults, z: serviceDefaults.z, leadTimeWeeks: serviceDefaults.leadTimeWeeks, coverWeeks: serviceDefaults.coverWeeks };
  // σ times the factor that reached the service level on the validation origins (stockBacktest.ts).
  const decision = stockDecision(forecast, scale, totals.map((t) => t.rms * outcome.safetyFactor), tooSparse, stock, settings);
  return { series, profile, method, historyWeeks: history.length, forecast, lower, upper, signals, unitPrice, advice, reasons, cover, tooSparse, decision, stock };
}
