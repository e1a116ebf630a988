// The calendar and stock report files (data/report/<dataset>/<name>.json): the usual metric
// shape ({metric, dataset, grain, definition, params?, rows}) with typed rows. The pipeline
// validates the files it computes in TypeScript against these before writing; the pages read
// every one of them through these schemas.
import { z } from 'zod';
import { localizedText } from '../i18n/localized.ts';
import { isoDate, isoMonth, metricSchema, money } from './report.ts';

const count = z.number().int();
const rate = z.number().finite();
const weekday = z.number().int().min(0).max(6);

export const calendarDailyRow = z.object({
  date: isoDate, weekday, iso_year: count, iso_week: count,
  gross: money, returns: money, net: money, orders: count, customers: count, units_sold: count, has_sales: z.boolean(),
});

const yearOverYear = { complete: z.boolean(), net_prior_year: money.nullable(), change_pct: rate.nullable() };

/** A run of days without a sale too long to be a closure: missing data (pipeline/sql/calendar/calendar_gaps.sql). */
export const calendarGapRow = z.object({ gap_start: isoDate, gap_end: isoDate, days: count });

export const seasonalityMonthRow = z.object({
  month: isoMonth, year: count, month_of_year: count, net: money, gross: money, orders: count, units_sold: count, trading_days: count, ...yearOverYear,
});

export const seasonalityWeekRow = z.object({
  iso_year: count, iso_week: count, week_start: isoDate, net: money, orders: count, units_sold: count, trading_days: count, ...yearOverYear,
});

/** weekday_name stays the English name SQL writes (for reviewers of the file); pages name the weekday from `weekday` in their language. */
export const seasonalityWeekdayRow = z.object({
  weekday, weekday_name: z.string(), calendar_days: count, trading_days: count, net: money, orders: count,
  net_per_trading_day: money.nullable(), orders_per_trading_day: rate.nullable(), share_net: rate.nullable(),
});

export const seasonalityHourRow = z.object({ weekday, hour: count, orders: count, gross: money, share_orders: rate });

export const weekOfYearTopProductRow = z.object({
  iso_week: count, ranking: z.enum(['most_orders', 'above_usual']), rank: count, stock_code: z.string(), description: z.string(),
  orders: count, units_sold: count, gross: money, usual_index: rate,
});

/** A retail event of the dataset kind's calendar (pipeline/kinds/<kind>/profile.ts). */
export const retailEventKey = z.string().regex(/^[a-z][a-z_]*$/);

export const calendarEventRow = z.object({
  event: retailEventKey, label: localizedText, date: isoDate, lead_days: count,
  lead_start: isoDate, lead_end: isoDate, after_start: isoDate, after_end: isoDate, in_period: z.boolean(),
});

export const MONTH_SHARE_KEYS = ['share_jan', 'share_feb', 'share_mar', 'share_apr', 'share_may', 'share_jun', 'share_jul', 'share_aug', 'share_sep', 'share_oct', 'share_nov', 'share_dec'] as const;

export const productSeasonalityRow = z.object({
  rank: count, stock_code: z.string(), description: z.string(), units: count, orders: count,
  concentration: rate, peak_month: count, peak_window_start: count, peak_window_share: rate,
  peak_month_first_year: count, peak_month_last_year: count,
  ...Object.fromEntries(MONTH_SHARE_KEYS.map((key) => [key, rate])) as Record<(typeof MONTH_SHARE_KEYS)[number], typeof rate>,
});

export const productEventRow = z.object({
  event: retailEventKey, label: localizedText, rank: count, stock_code: z.string(), description: z.string(),
  orders_total: count, orders_before: count, units_before: count, share_before: rate, flat_share: rate,
  lift_before: rate, lift_after: rate.nullable(), occurrences: count,
});

export const eventWeekProfileRow = z.object({
  event: retailEventKey, label: localizedText, week_offset: count, products: count, occurrences: count, orders: count, index: rate,
});

export const demandClassName = z.enum(['smooth', 'erratic', 'intermittent', 'lumpy']);
export const methodName = z.enum(['seasonal_naive', 'zero', 'moving_average', 'ses', 'holt_winters', 'sba', 'tsb']);

/** The backtest's two periods: the method, intervals and safety stock are chosen on validation; test is only scored. */
export const backtestWindow = z.enum(['validation', 'test']);
const classOrAll = z.union([demandClassName, z.literal('all')]);

export const stockBacktestRow = z.object({
  window: backtestWindow, demand_class: classOrAll,
  method: z.union([methodName, z.literal('chosen')]), label: localizedText, cases: count, items: count, origins: count,
  mase: rate, mase_low: rate, mase_high: rate, wape: rate.nullable(), wape_low: rate.nullable(), wape_high: rate.nullable(),
  mase_vs_naive: rate, wape_vs_naive: rate.nullable(), share_beating_naive: rate, is_chosen: z.boolean(),
  /** On "chosen" rows: share of weeks inside the 80 % interval, calibrated on validation and as measured (factor 1). */
  interval_coverage: rate.nullable(), interval_coverage_uncalibrated: rate.nullable(), interval_weeks: count.nullable(),
  /** On a class's "chosen" row: the width factor calibrated on validation. */
  interval_factor: rate.nullable(),
});

export const stockBacktestOriginRow = z.object({
  origin: isoDate, first_target_week: isoDate, window: backtestWindow, demand_class: classOrAll, method: z.union([methodName, z.literal('chosen')]),
  cases: count, mase: rate, wape: rate.nullable(), interval_coverage: rate.nullable(),
});

export const stockForecastRow = z.object({
  stock_code: z.string(), week: isoDate, horizon: count, forecast: rate, lower: rate, upper: rate, method: methodName,
});

export const stockHistoryRow = z.object({ stock_code: z.string(), week: isoDate, units: count });

export const stockAdviceName = z.enum(['understock', 'surplus']);

export const stockDecisionName = z.enum(['order_now', 'overstocked', 'enough', 'cover', 'order_on_demand', 'uneven_demand']);

/** The decision columns of stock_products (pipeline/analytics/forecast/stockDecisions.ts). */
function stockDecisionColumns() {
  return {
    too_sparse: z.boolean(), decision: stockDecisionName, lead_time_weeks: count, lead_time_demand: rate, safety_stock: rate,
    reorder_point: count, target_stock: count, order_units: count, excess_units: count, weeks_of_cover: rate.nullable(),
    on_hand: count.nullable(), on_order: count.nullable(), unit_cost: money.nullable(),
    /** on hand × unit cost (from the stock file), else × unit_price; null without a stock file or a value. */
    stock_value: money.nullable(), order_value: money.nullable(), excess_value: money.nullable(), target_value: money.nullable(),
  };
}

export const stockProductRow = z.object({
  stock_code: z.string(), description: z.string(), demand_class: demandClassName, adi: rate, cv2: rate, method: methodName,
  history_weeks: count, last_8_weeks: count, expected_8_weeks: rate, expected_8_weeks_lower: rate, expected_8_weeks_upper: rate,
  year_ago_last_8_weeks: count, year_ago_next_8_weeks: count, year_over_year: rate.nullable(), return_rate_26_weeks: rate.nullable(),
  unit_price: money.nullable(), advice: stockAdviceName.nullable(), reasons: localizedText, value_at_stake: money.nullable(),
  expected_4_weeks: rate, expected_4_weeks_lower: rate, expected_4_weeks_upper: rate,
  expected_12_weeks: rate, expected_12_weeks_lower: rate, expected_12_weeks_upper: rate,
  ...stockDecisionColumns(),
});

/** One excluded row of the stock snapshot (pipeline/stock/readStockFile.ts). */
export const stockFileRow = z.object({
  line: count, bucket: z.enum(['unknown_code', 'invalid_value', 'duplicate_code']), code: z.string(), raw: z.string(),
});

/** The metric shape with rows of one kind. */
function calendarMetric<Row extends z.ZodTypeAny>(row: Row) {
  return metricSchema.extend({ rows: z.array(row) });
}

export const calendarSchemas = {
  calendar_daily: calendarMetric(calendarDailyRow),
  calendar_gaps: calendarMetric(calendarGapRow),
  seasonality_month: calendarMetric(seasonalityMonthRow),
  seasonality_week: calendarMetric(seasonalityWeekRow),
  seasonality_weekday: calendarMetric(seasonalityWeekdayRow),
  seasonality_hour: calendarMetric(seasonalityHourRow),
  week_of_year_top_products: calendarMetric(weekOfYearTopProductRow),
  calendar_events: calendarMetric(calendarEventRow),
  product_seasonality: calendarMetric(productSeasonalityRow),
  product_events: calendarMetric(productEventRow),
  event_week_profile: calendarMetric(eventWeekProfileRow),
  stock_backtest: calendarMetric(stockBacktestRow),
  stock_backtest_origins: calendarMetric(stockBacktestOriginRow),
  stock_forecast: calendarMetric(stockForecastRow),
  stock_history: calendarMetric(stockHistoryRow),
  stock_products: calendarMetric(stockProductRow),
  /** The stock snapshot's ledger: which file (null without one), and every row it did not keep. */
  stock_file: calendarMetric(stockFileRow).extend({ file: z.string().nullable(), sha256: z.string().nullable() }),
};

export type CalendarFileName = keyof typeof calendarSchemas;
export type CalendarFile<Name extends CalendarFileName> = z.infer<(typeof calendarSchemas)[Name]>;
export type CalendarRow<Name extends CalendarFileName> = CalendarFile<Name>['rows'][number];
