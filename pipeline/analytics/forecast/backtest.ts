// Rolling-origin backtest: at each origin the methods see only the weeks up to it and forecast
// the next `horizon` weeks, which are then compared with what was sold. An item takes part
// at an origin when it has a full season of history (seasonal naive needs it), sold in enough
// weeks of the last season, and its MASE scale is not zero.
import { maseScale } from './accuracy.ts';
import { demandClass, type DemandClass } from './demandClass.ts';
import { FORECASTERS, METHOD_NAMES, SEASON_WEEKS, type MethodName } from './forecasters.ts';

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

export function backtestSeries(series: WeeklySeries, origins: readonly number[], horizon: number, rules: Eligibility = eligibilityDefaults): BacktestCase[] {
  const cases: BacktestCase[] = [];
  for (const origin of origins) {
    if (origin + horizon >= series.y.length) continue;
    const history = forecastHistory(series, origin, rules);
    const scale = history && maseScale(history);
    const profile = history && demandClass(history);
    if (!history || !scale || !profile) continue;
    const forecasts = {} as Record<MethodName, number[]>;
    for (const method of METHOD_NAMES) {
      const forecast = FORECASTERS[method](history, horizon);
      if (!forecast) throw new Error(`${method} gave no forecast for ${series.key} at week ${origin}`);
      forecasts[method] = forecast;
    }
    cases.push({
      key: series.key,
      origin,
      demandClass: profile.demandClass,
      scale,
      actual: series.y.slice(origin + 1, origin + 1 + horizon),
      forecasts,
    });
  }
  return cases;
}
