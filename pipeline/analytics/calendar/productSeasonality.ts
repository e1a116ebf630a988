// product_seasonality: the products whose sales recur in the same months every year, most
// concentrated first. Each seasonal year is turned into shares first and the years averaged,
// so one big year (or one bulk order) cannot outweigh the other.
import { MONTH_SHARE_KEYS, type CalendarFile, type CalendarRow } from '../../../src/contracts/calendar.ts';
import { calendarFile } from './calendarFile.ts';
import { round } from '../../report/round.ts';
import { averageProfile, normalisedHerfindahl, peakPeriod, peakWindow, profileShares } from './seasonalityProfile.ts';

/** A row of pipeline/sql/calendar/product_month_units.sql. */
export interface ProductYearRow {
  stock_code: string;
  description: string;
  year_index: number;
  year_start: string;
  /** `month:units` pairs, e.g. `1:20,11:2`. */
  months: string;
  orders: number;
}

/** `1:20,11:2` → units per calendar month, January first. */
export function parseMonths(months: string): number[] {
  const units = new Array<number>(12).fill(0);
  for (const pair of months.split(',')) {
    const [month, value] = pair.split(':');
    units[Number(month) - 1] += Number(value);
  }
  return units;
}

export const seasonalityRules = { min_units_per_year: 150, min_orders_per_year: 20, peak_window_months: 3 } as const;

export function buildProductSeasonality(dataset: string, rows: readonly ProductYearRow[]): CalendarFile<'product_seasonality'> {
  const years = new Set(rows.map((r) => r.year_index)).size;
  const byProduct = new Map<string, ProductYearRow[]>();
  for (const row of rows) {
    const own = byProduct.get(row.stock_code);
    if (own) own.push(row);
    else byProduct.set(row.stock_code, [row]);
  }
  const out: Omit<CalendarRow<'product_seasonality'>, 'rank'>[] = [];
  // One year gives a profile but no evidence that it recurs.
  for (const [stockCode, own] of years < 2 ? [] : byProduct) {
    const units = Array.from({ length: years }, () => new Array<number>(12).fill(0));
    const orders = new Array<number>(years).fill(0);
    for (const row of own) {
      units[row.year_index] = parseMonths(row.months);
      orders[row.year_index] = row.orders;
    }
    const enough = units.every((u, y) => u.reduce((s, v) => s + v, 0) >= seasonalityRules.min_units_per_year && orders[y]! >= seasonalityRules.min_orders_per_year);
    if (!enough) continue;
    const yearly = units.map((u) => profileShares(u)!);
    const shares = averageProfile(yearly);
    const peak = peakWindow(shares, seasonalityRules.peak_window_months);
    out.push({
      stock_code: stockCode,
      description: own[0]!.description,
      units: units.flat().reduce((s, v) => s + v, 0),
      orders: orders.reduce((s, v) => s + v, 0),
      concentration: round(normalisedHerfindahl(shares), 4),
      peak_month: peakPeriod(shares) + 1,
      peak_window_start: peak.start + 1,
      peak_window_share: round(peak.share, 4),
      // year_index 0 is the most recent year.
      peak_month_first_year: peakPeriod(yearly[years - 1]!) + 1,
      peak_month_last_year: peakPeriod(yearly[0]!) + 1,
      ...Object.fromEntries(MONTH_SHARE_KEYS.map((key, m) => [key, round(shares[m]!, 4)])) as Record<(typeof MONTH_SHARE_KEYS)[number], number>,
    });
  }
  out.sort((a, b) => b.concentration - a.concentration || b.units - a.units || (a.stock_code < b.stock_code ? -1 : 1));
  return calendarFile('product_seasonality', dataset, {
    grain: 'one row per product sold in volume in every whole seasonal year, most seasonal first',
    definition: `Seasonal years are the whole 12-month blocks of complete months ending with the last
      complete month (here two). units = units sold − units returned per month, floored at 0. For
      each year the product's monthly units become shares of that year; the profile (share_jan …
      share_dec) is the mean of the years' shares, so every year weighs the same. concentration =
      normalised Herfindahl index of the profile, (Σ share² − 1/12) ÷ (1 − 1/12): 0 = flat, 1 = all
      in one month. peak_window_share = the largest share in 3 consecutive months (a flat profile
      gives 25 %), starting in peak_window_start. Only products with at least min_units_per_year
      units and min_orders_per_year orders in every year are listed, so launches, clearances and
      one-off bulk orders do not pass for seasons.`,
  }, { ...seasonalityRules, seasonal_years: years }, out.map((row, i) => ({ ...row, rank: i + 1 })));
}
