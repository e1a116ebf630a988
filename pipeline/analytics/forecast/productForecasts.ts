// The final forecast of each product from the last complete week, with its interval and the
// signals the stock advice reads. Products without a full season of history, or selling in
// fewer than 6 of the last 52 weeks, get none.
import { maseScale } from './accuracy.ts';
import { forecastHistory, zeroClosedWeeks } from './backtest.ts';
import { demandClass, type DemandProfile } from './demandClass.ts';
import { applyInterval, intervalDefaults } from './forecastIntervals.ts';
import { FORECASTERS, SEASON_WEEKS, type MethodName } from './forecasters.ts';
import { stockAdvice, type Advice, type StockSignals } from './stockAdvice.ts';
import type { BacktestOutcome } from './stockBacktest.ts';
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
  reasons: string[];
}

const sum = (values: readonly number[]) => values.reduce((s, v) => s + v, 0);

/** Σ values[from, to) with indices clipped to the array. */
function window(values: readonly number[], from: number, to: number): number {
  return sum(values.slice(Math.max(0, from), Math.max(0, to)));
}

export function forecastProduct(series: ProductSeries, outcome: BacktestOutcome, horizon: number): ProductForecast | null {
  const n = series.y.length;
  const history = forecastHistory(series, n - 1);
  const scale = history && maseScale(history);
  const profile = history && demandClass(history);
  if (!history || !scale || !profile) return null;
  const method = outcome.chosen.get(profile.demandClass)!;
  const quantiles = outcome.quantiles.get(profile.demandClass);
  const raw = FORECASTERS[method](history, horizon);
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
  return { series, profile, method, historyWeeks: history.length, forecast, lower, upper, signals, unitPrice, advice, reasons };
}
