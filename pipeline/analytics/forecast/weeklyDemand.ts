// Weekly demand per product as dense series over the complete weeks of the period (Monday to
// Sunday, wholly inside the first and last invoice dates: a half week would look like a slump).
// Demand = units sold − units returned in the week, floored at zero (a week in which more came
// back than went out is no negative need for stock).
import { addDays, dayNumber, mondayOf } from '../calendar/isoDays.ts';
import type { WeeklySeries } from './backtest.ts';

export interface ProductWeekRow {
  stock_code: string;
  week: string; // the Monday, ISO date
  units_sold: number;
  units_returned: number;
  sales: number;
}

/** A row of pipeline/sql/calendar/product_weekly_demand.sql: `monday|sold|returned|sales;…`. */
export interface ProductWeeksText {
  stock_code: string;
  weeks: string;
}

export function parseWeeklyDemand(rows: readonly ProductWeeksText[]): ProductWeekRow[] {
  return rows.flatMap(({ stock_code, weeks }) =>
    weeks.split(';').map((entry) => {
      const [week = '', sold, returned, sales] = entry.split('|');
      return { stock_code, week, units_sold: Number(sold), units_returned: Number(returned), sales: Number(sales) };
    }),
  );
}

/** Mondays of the weeks lying wholly within [firstDay, lastDay]. */
export function completeWeeks(firstDay: string, lastDay: string): string[] {
  let monday = mondayOf(firstDay);
  if (monday < firstDay) monday = addDays(monday, 7);
  const weeks: string[] = [];
  for (; dayNumber(monday) + 6 <= dayNumber(lastDay); monday = addDays(monday, 7)) weeks.push(monday);
  return weeks;
}

export interface ProductSeries extends WeeklySeries {
  sold: number[];
  returned: number[];
  sales: number[];
}

/** One series per product that sold within the complete weeks, in stock-code order. */
export function weeklySeries(rows: readonly ProductWeekRow[], weeks: readonly string[]): ProductSeries[] {
  const index = new Map(weeks.map((week, i) => [week, i]));
  const byProduct = new Map<string, ProductSeries>();
  const firstSaleWeek = new Map<string, string>();
  for (const row of rows) {
    if (row.units_sold > 0 && !(firstSaleWeek.get(row.stock_code)! <= row.week)) firstSaleWeek.set(row.stock_code, row.week);
    const i = index.get(row.week);
    if (i === undefined) continue;
    let series = byProduct.get(row.stock_code);
    if (!series) {
      const zeros = () => new Array<number>(weeks.length).fill(0);
      series = { key: row.stock_code, y: zeros(), firstSale: 0, sold: zeros(), returned: zeros(), sales: zeros() };
      byProduct.set(row.stock_code, series);
    }
    series.sold[i] += row.units_sold;
    series.returned[i] += row.units_returned;
    series.sales[i] += row.sales;
  }
  const out: ProductSeries[] = [];
  for (const series of [...byProduct.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))) {
    const first = firstSaleWeek.get(series.key);
    if (first === undefined || series.sold.every((v) => v === 0)) continue;
    const y = series.sold.map((sold, i) => Math.max(0, sold - series.returned[i]!));
    out.push({ ...series, y, firstSale: first < weeks[0]! ? 0 : index.get(first)! });
  }
  return out;
}
