// Words for the stock figures: method and class names, and the one-line takeaways, as pure
// functions of the rows (tests use tiny hand-made rows).
import type { CalendarRow } from '../../contracts/calendar.ts';
import { formatCount, formatDate, formatRate } from '../../report/format.ts';

type Method = CalendarRow<'stock_forecast'>['method'];
type DemandClass = CalendarRow<'stock_products'>['demand_class'];

export const METHOD_NAMES: Record<Method | 'chosen', string> = {
  seasonal_naive: 'Same week last year',
  zero: 'Forecast nothing',
  moving_average: 'Last 8 weeks’ average',
  ses: 'Simple exponential smoothing',
  holt_winters: 'Holt-Winters',
  sba: 'Croston SBA',
  tsb: 'TSB',
  chosen: 'Chosen per class',
};

/** The same inside a sentence. */
export const METHOD_IN_SENTENCE: Record<Method | 'chosen', string> = {
  seasonal_naive: 'the same week last year',
  zero: 'forecasting nothing',
  moving_average: 'the last 8 weeks’ average',
  ses: 'simple exponential smoothing',
  holt_winters: 'Holt-Winters',
  sba: 'Croston SBA',
  tsb: 'TSB',
  chosen: 'the method chosen per class',
};

export const CLASS_NAMES: Record<DemandClass | 'all', string> = {
  all: 'All products',
  smooth: 'Smooth',
  erratic: 'Erratic',
  intermittent: 'Intermittent',
  lumpy: 'Lumpy',
};

export const CLASS_MEANINGS: Record<DemandClass, string> = {
  smooth: 'sells most weeks, in steady amounts',
  erratic: 'sells most weeks, in very uneven amounts',
  intermittent: 'many weeks without a sale, steady amounts when it sells',
  lumpy: 'many weeks without a sale, uneven amounts',
};

const units = (n: number) => `${formatCount(Math.round(n))} ${Math.round(n) === 1 ? 'unit' : 'units'}`;

/** "Next 8 weeks: about 1,234 units (80 % interval 900–1,500), against 2,000 in the last 8 weeks." */
export function productForecastTakeaway(p: Pick<CalendarRow<'stock_products'>, 'expected_8_weeks' | 'expected_8_weeks_lower' | 'expected_8_weeks_upper' | 'last_8_weeks' | 'advice' | 'reasons'>): string {
  const base = `Next 8 weeks: about ${units(p.expected_8_weeks)} (80 % interval ${formatCount(Math.round(p.expected_8_weeks_lower))}–${formatCount(Math.round(p.expected_8_weeks_upper))}), against ${formatCount(p.last_8_weeks)} in the last 8 weeks.`;
  if (p.advice === 'understock') return `${base} Risk of running short: ${p.reasons}.`;
  if (p.advice === 'surplus') return `${base} Risk of surplus: ${p.reasons}.`;
  return base;
}

/** The backtest in one sentence: whether the chosen methods beat seasonal naive, and by how much. */
export function backtestTakeaway(rows: CalendarRow<'stock_backtest'>[], window: 'validation' | 'test'): string {
  const pick = (method: string) => rows.find((r) => r.window === window && r.demand_class === 'all' && r.method === method);
  const chosen = pick('chosen');
  const naive = pick('seasonal_naive');
  if (!chosen || !naive) return 'Too little history for a backtest: forecasts need a full year of weekly sales.';
  const verdict = chosen.mase < naive.mase ? 'beat' : 'did not beat';
  return `The chosen methods ${verdict} seasonal naive: MASE ${chosen.mase.toFixed(2)} against ${naive.mase.toFixed(2)} (${formatRate(chosen.mase_vs_naive)} of the baseline's error), WAPE ${formatRate(chosen.wape)} against ${formatRate(naive.wape)}.`;
}

/** When forecasts miss most and least: the origins with the highest and lowest mean MASE over the methods (all products). */
export function originsTakeaway(rows: CalendarRow<'stock_backtest_origins'>[]): string {
  const byOrigin = new Map<string, number[]>();
  for (const r of rows.filter((row) => row.demand_class === 'all' && row.method !== 'chosen')) byOrigin.set(r.first_target_week, [...(byOrigin.get(r.first_target_week) ?? []), r.mase]);
  const means = [...byOrigin.entries()].map(([week, values]) => ({ week, mean: values.reduce((s, v) => s + v, 0) / values.length }));
  if (means.length === 0) return 'No backtest origins: too little history.';
  const worst = means.reduce((a, b) => (b.mean > a.mean ? b : a));
  const best = means.reduce((a, b) => (b.mean < a.mean ? b : a));
  return `Forecasts starting ${formatDate(worst.week)} missed the most (mean MASE ${worst.mean.toFixed(2)} over the methods), those starting ${formatDate(best.week)} the least (${best.mean.toFixed(2)}): errors depend on the time of year.`;
}
