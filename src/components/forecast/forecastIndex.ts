// Each product's forecast, interval and last season of weekly demand, indexed by stock code once
// per dataset (the product pages ask for one product at a time, thousands of times).
import { addDays } from '../../../pipeline/analytics/calendar/isoDays.ts';
import type { CalendarRow } from '../../contracts/calendar.ts';
import { calendarFileOf } from '../calendar/calendarFiles.ts';

export interface ProductForecastData {
  product: CalendarRow<'stock_products'>;
  forecast: CalendarRow<'stock_forecast'>[];
  /** Every week of the last season, weeks without demand included (as 0). */
  history: { week: string; units: number }[];
}

const indexes = new Map<string, Map<string, ProductForecastData>>();
const SEASON_WEEKS = 52;

function indexOf(dataset: string): Map<string, ProductForecastData> {
  let index = indexes.get(dataset);
  if (index) return index;
  index = new Map();
  const products = calendarFileOf(dataset, 'stock_products')?.rows ?? [];
  const forecasts = calendarFileOf(dataset, 'stock_forecast')?.rows ?? [];
  const history = calendarFileOf(dataset, 'stock_history')?.rows ?? [];
  for (const product of products) index.set(product.stock_code, { product, forecast: [], history: [] });
  for (const row of forecasts) index.get(row.stock_code)?.forecast.push(row);
  const firstAhead = forecasts.reduce<string | null>((min, r) => (min === null || r.week < min ? r.week : min), null);
  const weeks = firstAhead ? Array.from({ length: SEASON_WEEKS }, (_, i) => addDays(firstAhead, -7 * (SEASON_WEEKS - i))) : [];
  const units = new Map<string, Map<string, number>>();
  for (const row of history) {
    if (!units.has(row.stock_code)) units.set(row.stock_code, new Map());
    units.get(row.stock_code)!.set(row.week, row.units);
  }
  for (const [code, data] of index) {
    const own = units.get(code);
    data.history = weeks.map((week) => ({ week, units: own?.get(week) ?? 0 }));
    data.forecast.sort((a, b) => a.horizon - b.horizon);
  }
  indexes.set(dataset, index);
  return index;
}

/** The product's forecast, or null when it has none (too little history, or no stock files). */
export function productForecastOf(dataset: string, stockCode: string): ProductForecastData | null {
  return indexOf(dataset).get(stockCode) ?? null;
}
