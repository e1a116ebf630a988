// The calendar page's rows and columns: what each chart and table of src/pages/[dataset]/calendar.astro
// shows, shaped from the report files (pure, so tests can use tiny hand-made rows).
import type { CalendarRow } from '../contracts/calendar.ts';
import { MONTH_SHARE_KEYS } from '../contracts/calendar.ts';
import { change, count, money, month, product, rate, text } from '../components/table/columns.ts';
import { monthRun, MONTH_NAMES, WEEKDAY_NAMES } from '../components/calendar/calendarText.ts';
import { truncate } from '../charts/options.ts';

type MonthRow = CalendarRow<'seasonality_month'>;
type SeasonalRow = CalendarRow<'product_seasonality'>;
type EventRow = CalendarRow<'product_events'>;

/** Lines per year: only complete months or weeks, so a cut month or a gap does not pass for a slump. */
export function yearLines<Row extends { complete: boolean; net: number }>(rows: readonly Row[], year: (r: Row) => number, x: (r: Row) => number) {
  return rows.filter((r) => r.complete).map((r) => ({ series: String(year(r)), x: x(r), value: r.net }));
}

export const monthColumns = [
  month<MonthRow>('Month', (r) => r.month), money<MonthRow>('Net revenue', (r) => r.net), money<MonthRow>('Same month a year before', (r) => r.net_prior_year),
  change<MonthRow>('Change', (r) => r.change_pct), count<MonthRow>('Orders', (r) => r.orders), count<MonthRow>('Trading days', (r) => r.trading_days),
  text<MonthRow>('Complete', (r) => (r.complete ? 'yes' : 'no: cut by the period or a gap')),
];

export function weekdayBars(rows: readonly CalendarRow<'seasonality_weekday'>[]) {
  return rows.map((r) => ({ label: `${r.weekday_name} (${r.trading_days} ${r.trading_days === 1 ? 'day' : 'days'})`, value: r.net_per_trading_day ?? 0 }));
}

const hh = (hour: number) => `${String(hour).padStart(2, '0')}:00`;

/** The weekday × hour grid of orders, and its hour columns in order. */
export function hourGrid(rows: readonly CalendarRow<'seasonality_hour'>[]) {
  return {
    cells: rows.map((r) => ({ column: hh(r.hour), row: WEEKDAY_NAMES[r.weekday]!, value: r.orders })),
    columns: [...new Set(rows.map((r) => r.hour))].sort((a, b) => a - b).map(hh),
  };
}

const productLabel = (r: { description: string; stock_code: string }) => `${truncate(r.description, 30)} (${r.stock_code})`;

/** The month-share heatmap of the most seasonal products: its cells and its row labels. */
export function seasonalGrid(rows: readonly SeasonalRow[], limit = 20) {
  const top = rows.slice(0, limit);
  return {
    rows: top.map(productLabel),
    cells: top.flatMap((r) => MONTH_SHARE_KEYS.map((key, m) => ({ column: MONTH_NAMES[m]!, row: productLabel(r), value: r[key] }))),
  };
}

export const seasonalColumns = [
  count<SeasonalRow>('#', (r) => r.rank), product<SeasonalRow>(), text<SeasonalRow>('Best 3 months', (r) => monthRun(r.peak_window_start, 3)),
  rate<SeasonalRow>('Share in them', (r) => r.peak_window_share), text<SeasonalRow>('Concentration', (r) => r.concentration.toFixed(2)),
  text<SeasonalRow>('Peak month, each year', (r) => `${MONTH_NAMES[r.peak_month_first_year - 1]}, ${MONTH_NAMES[r.peak_month_last_year - 1]}`),
  count<SeasonalRow>('Units', (r) => r.units),
];

export const eventColumns = [
  text<EventRow>('Event', (r) => r.label), product<EventRow>(), rate<EventRow>('Its orders in the lead-up', (r) => r.share_before),
  rate<EventRow>('A flat profile gives', (r) => r.flat_share), text<EventRow>('Lift before', (r) => `${r.lift_before.toFixed(1)}×`),
  text<EventRow>('Lift after', (r) => (r.lift_after === null ? '–' : `${r.lift_after.toFixed(1)}×`)), count<EventRow>('Orders', (r) => r.orders_total),
];
