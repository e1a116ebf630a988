// The stock files: backtest scores, per-product forecasts with intervals, the recent weekly
// history they start from, and the advice. Every number is computed from the weekly demand
// series built in weeklyDemand.ts; nothing here reads the report of another step.
import type { CalendarRow } from '../../../src/contracts/calendar.ts';
import type { Database } from '../../engine/database.ts';
import { readSql } from '../../engine/sqlFiles.ts';
import { addDays } from '../calendar/isoDays.ts';
import { calendarFile } from '../calendar/calendarFile.ts';
import { round } from '../../report/round.ts';
import type { PeriodBounds } from '../calendar/buildCalendarFiles.ts';
import { SEASON_WEEKS } from './forecasters.ts';
import { MIN_CHOICE_CASES } from './backtestScores.ts';
import { backtestRows, originRows } from './backtestRows.ts';
import { eligibilityDefaults } from './backtest.ts';
import { adviceDefaults } from './stockAdvice.ts';
import { forecastProduct, type ProductForecast } from './productForecasts.ts';
import { backtestPlan, runBacktest, serviceDefaults, type BacktestOutcome } from './stockBacktest.ts';
import { BULK_RATIO, decisionDefaults } from './stockDecisions.ts';
import { stockFileFile } from './stockFileFile.ts';
import type { StockFileRead } from '../../stock/readStockFile.ts';
import { reasonsText, STOCK_TEXTS } from './stockTexts.ts';
import { completeWeeks, parseWeeklyDemand, weeklySeries, type ProductWeeksText } from './weeklyDemand.ts';

const rate = (v: number) => round(v, 4);
const nullableRate = (v: number | null) => (v === null || !Number.isFinite(v) ? null : round(v, 4));

export async function buildStockFiles(db: Database, dataset: string, bounds: PeriodBounds | null, stockFile: StockFileRead | null = null) {
  const weeks = bounds ? completeWeeks(bounds.first_day, bounds.last_day) : [];
  const series = weeklySeries(parseWeeklyDemand(await db.all<ProductWeeksText>(readSql('calendar/product_weekly_demand.sql'))), weeks);
  const descriptions = new Map((await db.all<{ stock_code: string; description: string }>('select stock_code::varchar as stock_code, description::varchar as description from int_products')).map((r) => [r.stock_code, r.description]));
  const outcome = runBacktest(series, weeks.length);
  const { horizon } = backtestPlan;
  const levels = stockFile?.levels;
  const forecasts = series.map((s) => forecastProduct(s, outcome, horizon, levels?.get(s.key) ?? null)).filter((f): f is ProductForecast => f !== null);
  const params = { horizon_weeks: horizon, season_weeks: SEASON_WEEKS, origins: outcome.origins.length, origin_step_weeks: backtestPlan.step, min_sale_weeks: eligibilityDefaults.minSaleWeeks };
  const backtestParams = {
    ...params, validation_origins: outcome.split.validation.length, test_origins: outcome.split.test.length, same_season_tolerance_weeks: backtestPlan.sameSeasonTolerance,
    min_choice_cases: MIN_CHOICE_CASES, min_interval_cases: backtestPlan.minIntervalCases, interval_level: 0.8, safety_factor: rate(outcome.safetyFactor),
    outlier_cap_k: outcome.settings.capK ?? 0, hw_smoothing_weeks: outcome.settings.hwSmoothing, setting_candidates: outcome.tuning.length,
  };
  const service = (prefix: string, s: BacktestOutcome['service']) => (s ? { [`${prefix}`]: rate(s.share), [`${prefix.replace('reached', 'cases')}`]: s.cases, [`${prefix.replace('reached', 'bulk_cases')}`]: s.bulkCases } : {});
  const decisionParams = {
    service_level: serviceDefaults.serviceLevel, z: serviceDefaults.z, default_lead_time_weeks: serviceDefaults.leadTimeWeeks, cover_weeks: serviceDefaults.coverWeeks,
    overstock_weeks: decisionDefaults.overstockWeeks, bulk_ratio: BULK_RATIO, stock_file: stockFile ? 1 : 0, safety_factor: rate(outcome.safetyFactor),
    ...service('service_reached', outcome.service), ...service('validation_service_reached', outcome.serviceValidation), ...service('uncalibrated_service_reached', outcome.serviceUncalibrated),
  };

  const lastWeek = weeks.at(-1);
  const forecastRows = forecasts.flatMap((f) => f.forecast.map((value, h) => ({
    stock_code: f.series.key, week: addDays(lastWeek!, 7 * (h + 1)), horizon: h + 1,
    forecast: round(value, 2), lower: round(f.lower[h]!, 2), upper: round(f.upper[h]!, 2), method: f.method,
  })));
  const historyRows = forecasts.flatMap((f) => f.series.y.flatMap((units, i) => (i >= weeks.length - SEASON_WEEKS && units > 0 ? [{ stock_code: f.series.key, week: weeks[i]!, units }] : [])));
  const productRows: CalendarRow<'stock_products'>[] = forecasts.map((f) => {
    const s = f.signals;
    return {
      stock_code: f.series.key, description: descriptions.get(f.series.key) ?? '', demand_class: f.profile.demandClass,
      adi: round(f.profile.adi, 2), cv2: round(f.profile.cv2, 2), method: f.method, history_weeks: f.historyWeeks,
      last_8_weeks: s.last8, expected_8_weeks: round(s.expected8, 2), expected_8_weeks_lower: round(s.expected8Lower, 2), expected_8_weeks_upper: round(s.expected8Upper, 2),
      year_ago_last_8_weeks: s.yearAgoLast8, year_ago_next_8_weeks: s.yearAgoNext8, year_over_year: nullableRate(s.yearOverYear),
      return_rate_26_weeks: nullableRate(s.returnRate26), unit_price: f.unitPrice === null ? null : round(f.unitPrice, 2),
      advice: f.advice, reasons: reasonsText(f.reasons),
      value_at_stake: f.advice && f.unitPrice !== null ? round(Math.abs(s.expected8 - s.last8) * f.unitPrice, 2) : null,
      ...coverColumns(f),
      ...decisionColumns(f),
    };
  });

  return {
    stock_backtest: calendarFile('stock_backtest', dataset, STOCK_TEXTS.stock_backtest, backtestParams, backtestRows(outcome)),
    stock_backtest_origins: calendarFile('stock_backtest_origins', dataset, STOCK_TEXTS.stock_backtest_origins, backtestParams, originRows(outcome, weeks)),
    stock_forecast: calendarFile('stock_forecast', dataset, STOCK_TEXTS.stock_forecast, params, forecastRows),
    stock_history: calendarFile('stock_history', dataset, STOCK_TEXTS.stock_history, {}, historyRows),
    stock_products: calendarFile('stock_products', dataset, STOCK_TEXTS.stock_products, { ...params, min_change_units: adviceDefaults.minChangeUnits, season_ratio: adviceDefaults.seasonRatio, trend_ratio: adviceDefaults.trendRatio, high_return_rate: adviceDefaults.highReturnRate, ...decisionParams }, productRows),
    stock_file: stockFileFile(dataset, stockFile, new Set(forecasts.map((f) => f.series.key))),
  };
}

function coverColumns(f: ProductForecast) {
  const { 4: four, 12: twelve } = f.cover;
  return {
    expected_4_weeks: round(four.expected, 2), expected_4_weeks_lower: round(four.lower, 2), expected_4_weeks_upper: round(four.upper, 2),
    expected_12_weeks: round(twelve.expected, 2), expected_12_weeks_lower: round(twelve.lower, 2), expected_12_weeks_upper: round(twelve.upper, 2),
  };
}

/** Money at the stock file's unit cost, else at the recent selling price (the page says which). */
function decisionColumns(f: ProductForecast) {
  const d = f.decision;
  const unit = f.stock?.unitCost ?? f.unitPrice;
  const value = (units: number | null) => (units === null || unit === null ? null : round(units * unit, 2));
  return {
    too_sparse: f.tooSparse, decision: d.decision, lead_time_weeks: d.leadTimeWeeks, lead_time_demand: round(d.leadTimeDemand, 2), safety_stock: round(d.safetyStock, 2),
    reorder_point: Math.ceil(d.reorderPoint - 1e-9), target_stock: Math.ceil(d.target - 1e-9), order_units: d.orderUnits, excess_units: d.excessUnits,
    weeks_of_cover: d.weeksOfCover === null ? null : round(d.weeksOfCover, 1),
    on_hand: f.stock?.onHand ?? null, on_order: f.stock?.onOrder ?? null, unit_cost: f.stock?.unitCost ?? null,
    stock_value: f.stock ? value(f.stock.onHand) : null, order_value: value(d.orderUnits), excess_value: value(d.excessUnits), target_value: value(Math.ceil(d.target - 1e-9)),
  };
}
