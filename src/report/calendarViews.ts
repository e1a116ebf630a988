// The calendar page's rows and columns: what each chart and table of src/pages/[lang]/[dataset]/calendar.astro
// shows, shaped from the report files (pure, so tests can use tiny hand-made rows), in the page's language.
import type { CalendarRow } from '../contracts/calendar.ts';
import { MONTH_SHARE_KEYS } from '../contracts/calendar.ts';
import { change, count, money, month, product, rate, text } from '../components/table/columns.ts';
import { monthNames, monthRun, weekdayLabels } from '../components/calendar/calendarText.ts';
import { truncate } from '../charts/options.ts';
import type { Lang } from '../i18n/langs.ts';
import { calendarText } from '../i18n/messages/calendar.ts';
import { calendarTakeawaysText } from '../i18n/messages/calendarTakeaways.ts';
import { toolsFor } from '../i18n/tools.ts';

type MonthRow = CalendarRow<'seasonality_month'>;
type SeasonalRow = CalendarRow<'product_seasonality'>;
type EventRow = CalendarRow<'product_events'>;

/** Lines per year: only complete months or weeks, so a cut month or a gap does not pass for a slump. */
export function yearLines<Row extends { complete: boolean; net: number }>(rows: readonly Row[], year: (r: Row) => number, x: (r: Row) => number) {
  return rows.filter((r) => r.complete).map((r) => ({ series: String(year(r)), x: x(r), value: r.net }));
}

export function monthColumns(lang: Lang) {
  const c = calendarText[lang].columns;
  return [
    month<MonthRow>(c.month, (r) => r.month), money<MonthRow>(c.net, (r) => r.net), money<MonthRow>(c.sameMonthBefore, (r) => r.net_prior_year),
    change<MonthRow>(c.change, (r) => r.change_pct), count<MonthRow>(c.orders, (r) => r.orders), count<MonthRow>(c.tradingDays, (r) => r.trading_days),
    text<MonthRow>(c.complete, (r) => (r.complete ? c.yes : c.cut)),
  ];
}

/** One bar per weekday, named in the page's language from `weekday` (not the file's English `weekday_name`). */
export function weekdayBars(lang: Lang, rows: readonly CalendarRow<'seasonality_weekday'>[]) {
  const names = weekdayLabels(lang);
  return rows.map((r) => ({ label: calendarText[lang].weekdayBar(names[r.weekday]!, r.trading_days), value: r.net_per_trading_day ?? 0 }));
}

/** The weekday × hour grid of orders, and its hour columns in order. */
export function hourGrid(lang: Lang, rows: readonly CalendarRow<'seasonality_hour'>[]) {
  const names = weekdayLabels(lang);
  const hour = calendarTakeawaysText[lang].hour;
  return {
    cells: rows.map((r) => ({ column: hour(r.hour), row: names[r.weekday]!, value: r.orders })),
    columns: [...new Set(rows.map((r) => r.hour))].sort((a, b) => a - b).map(hour),
  };
}

const productLabel = (r: { description: string; stock_code: string }) => `${truncate(r.description, 30)} (${r.stock_code})`;

/** The month-share heatmap of the most seasonal products: its cells and its row labels. */
export function seasonalGrid(lang: Lang, rows: readonly SeasonalRow[], limit = 20) {
  const months = monthNames(lang);
  const top = rows.slice(0, limit);
  return {
    rows: top.map(productLabel),
    cells: top.flatMap((r) => MONTH_SHARE_KEYS.map((key, m) => ({ column: months[m]!, row: productLabel(r), value: r[key] }))),
  };
}

export function seasonalColumns(lang: Lang) {
  const c = calendarText[lang].columns;
  const months = monthNames(lang);
  const { fmt } = toolsFor(lang);
  return [
    count<SeasonalRow>('#', (r) => r.rank), product<SeasonalRow>(c.product), text<SeasonalRow>(c.best3, (r) => monthRun(lang, r.peak_window_start, 3)),
    rate<SeasonalRow>(c.shareInThem, (r) => r.peak_window_share), text<SeasonalRow>(c.concentration, (r) => fmt.decimal(r.concentration, 2, 2)),
    text<SeasonalRow>(c.peakEachYear, (r) => `${months[r.peak_month_first_year - 1]}, ${months[r.peak_month_last_year - 1]}`),
    count<SeasonalRow>(c.units, (r) => r.units),
  ];
}

export function eventColumns(lang: Lang) {
  const t = calendarText[lang];
  const c = t.columns;
  return [
    text<EventRow>(c.event, (r) => r.label[lang]), product<EventRow>(c.product), rate<EventRow>(c.leadUpShare, (r) => r.share_before),
    rate<EventRow>(c.flatShare, (r) => r.flat_share), text<EventRow>(c.liftBefore, (r) => t.times(r.lift_before)),
    text<EventRow>(c.liftAfter, (r) => (r.lift_after === null ? '–' : t.times(r.lift_after))), count<EventRow>(c.orders, (r) => r.orders_total),
  ];
}
