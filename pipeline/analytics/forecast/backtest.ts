// Rolling-origin backtest: at each origin the methods see only the weeks up to it and forecast
// the next `horizon` weeks, which are then compared with what was sold. An item takes part
// at an origin when it has a full season of history (seasonal naive needs it), sold in enough
// weeks of the last season, and its MASE scale is not zero.
import { maseScale } from './accuracy.ts';
import { demandClass, type DemandClass } from './demandClass.ts';
import { capFor, defaultSettings, forecastersFor, METHOD_NAMES, SEASON_WEEKS, type ForecastSettings, type MethodName } from './forecasters.ts';

export interface WeeklySeries {
  key: string;
  /** Units per complete week, the same weeks for every series. */
  y: readonly number[];
  /** Index of the first week with a sale: weeks before it are before the item existed. */
  firstSale: number;
}

export interface Eligibility {
  period: number;
  /** Weeks with a sale in the last season, at least. */
  minSaleWeeks: number;
}

export const eligibilityDefaults: Eligibility = { period: SEASON_WEEKS, minSaleWeeks: 6 };

export interface BacktestCase {
  key: string;
  origin: number;
  demandClass: DemandClass;
  scale: number;
  actual: number[];
  forecasts: Record<MethodName, number[]>;
  /** Σ |actual − forecast| over the horizon, per method (the scores read this many times). */
  absError: Record<MethodName, number>;
  /** Σ actual over the horizon. */
  volume: number;
}

/** `count` origins `step` weeks apart, the last leaving `horizon` weeks to score; earliest first. */
export function rollingOrigins(weeks: number, count: number, step: number, horizon: number): number[] {
  const last = weeks - 1 - horizon;
  return Array.from({ length: count }, (_, i) => last - step * (count - 1 - i)).filter((origin) => origin >= 0);
}

/** The history an item is forecast from at `origin` (from its first sale), or null when it does not qualify. */
export function forecastHistory(series: WeeklySeries, origin: number, rules: Eligibility = eligibilityDefaults): number[] | null {
  if (series.firstSale > origin) return null;
  const history = series.y.slice(series.firstSale, origin + 1);
  if (history.length < rules.period) return null;
  const saleWeeks = history.slice(-rules.period).filter((v) => v > 0).length;
  return saleWeeks >= rules.minSaleWeeks ? history : null;
}

/**
 * Weeks in which the whole shop sold nothing (it closes between Christmas and New Year) are
 * forecast as 0 when the same week one season earlier was closed: the smoothing methods would
 * otherwise spread sales into a week the shop will not open.
 */
export function zeroClosedWeeks(forecast: number[], firstTarget: number, closedWeeks: ReadonlySet<number>, period: number = SEASON_WEEKS): number[] {
  if (!forecast.some((_, h) => closedWeeks.has(firstTarget + h - period))) return forecast;
  return forecast.map((value, h) => (closedWeeks.has(firstTarget + h - period) ? 0 : value));
}

export function backtestSeries(series: WeeklySeries, origins: readonly number[], horizon: number, closedWeeks: ReadonlySet<number> = new Set(), rules: Eligibility = eligibilityDefaults, settings: ForecastSettings = defaultSettings): BacktestCase[] {
  const cases: BacktestCase[] = [];
  const forecasters = forecastersFor(settings);
  const cap = capFor(settings);
  for (const origin of origins) {
    if (origin + horizon >= series.y.length) continue;
    const history = forecastHistory(series, origin, rules);
    const scale = history && maseScale(history);
    const profile = history && demandClass(history);
    if (!history || !scale || !profile) continue;
    const actual = series.y.slice(origin + 1, origin + 1 + horizon);
    const forecasts = {} as Record<MethodName, number[]>;
    const absError = {} as Record<MethodName, number>;
    const capped = cap(history);
    for (const method of METHOD_NAMES) {
      const raw = forecasters[method](history, horizon, capped);
      if (!raw) throw new Error(`${method} gave no forecast for ${series.key} at week ${origin}`);
      const forecast = zeroClosedWeeks(raw, origin + 1, closedWeeks);
      forecasts[method] = forecast;
      absError[method] = actual.reduce((sum, a, h) => sum + Math.abs(a - forecast[h]!), 0);
    }
    const volume = actual.reduce((sum, a) => sum + a, 0);
    cases.push({ key: series.key, origin, demandClass: profile.demandClass, scale, actual, forecasts, absError, volume });
  }
  return cases;
}
