// One-line takeaways for the calendar page, computed from the rows (pure, so tests can use tiny
// hand-made rows), and the short names the charts and tables use.
import type { CalendarRow } from '../../contracts/calendar.ts';
import { formatCount, formatDate, formatMoneyShort, formatMonthOfYear, formatRate } from '../../report/format.ts';

export const MONTH_NAMES = Array.from({ length: 12 }, (_, m) => formatMonthOfYear(m + 1));
export const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** `9` → `Sep`, and a run of three months from `10` → `Oct–Dec`, `12` → `Dec–Feb`. */
export function monthRun(start: number, length: number): string {
  const end = ((start - 1 + length - 1) % 12) + 1;
  return length === 1 ? MONTH_NAMES[start - 1]! : `${MONTH_NAMES[start - 1]}–${MONTH_NAMES[end - 1]}`;
}

const maxBy = <T>(rows: readonly T[], value: (row: T) => number) =>
  rows.reduce<T | undefined>((best, row) => (best === undefined || value(row) > value(best) ? row : best), undefined);

export interface ClosedDaysContext {
  /** Whether a day lies in a gap of the export (calendar_gaps). */
  inGap: (date: string) => boolean;
  /** The kind's name for its other no-sale days ("bank holidays and the Christmas break"), if known. */
  closedDays: string | null;
}

const noGaps: ClosedDaysContext = { inGap: () => false, closedDays: null };

/**
 * "The busiest day was Tuesday 7 Dec 2010, with £x net. 120 days had no sale: 104 Saturdays, …"
 * A weekday counts as a weekly closure when the business sold on fewer than half of those days
 * outside the gaps; days in a gap are missing data, said apart.
 */
export function busiestDayTakeaway(days: CalendarRow<'calendar_daily'>[], currency: string, context: ClosedDaysContext = noGaps): string {
  const best = maxBy(days, (d) => d.net);
  if (!best) return 'No sales in this period.';
  const closed = days.filter((d) => !d.has_sales);
  const gapDays = closed.filter((d) => context.inGap(d.date));
  const outside = days.filter((d) => !context.inGap(d.date));
  const weeklyClosed = new Set([0, 1, 2, 3, 4, 5, 6].filter((w) => {
    const all = outside.filter((d) => d.weekday === w);
    return all.length > 0 && all.filter((d) => d.has_sales).length < all.length / 2;
  }));
  const weekly = closed.filter((d) => !context.inGap(d.date) && weeklyClosed.has(d.weekday));
  const others = closed.length - gapDays.length - weekly.length;
  const parts = [
    ...[...weeklyClosed].map((w) => {
      const n = weekly.filter((d) => d.weekday === w).length;
      return `${formatCount(n)} ${WEEKDAY_NAMES[w]}${n === 1 ? '' : 's'}`;
    }),
    ...(gapDays.length > 0 ? [`${formatCount(gapDays.length)} in gaps of the export`] : []),
    ...(others > 0 ? [`${formatCount(others)} other ${others === 1 ? 'day' : 'days'}${context.closedDays ? ` (${context.closedDays})` : ''}`] : []),
  ];
  const list = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : parts[0];
  const closedText = closed.length === 0 ? 'There was a sale every day.' : `${formatCount(closed.length)} days had no sale: ${list}.`;
  return `The busiest day was ${WEEKDAY_NAMES[best.weekday]} ${formatDate(best.date)}, with ${formatMoneyShort(best.net, currency)} net. ${closedText}`;
}

export function busiestOrdersTakeaway(days: CalendarRow<'calendar_daily'>[]): string {
  const best = maxBy(days, (d) => d.orders);
  if (!best || best.orders === 0) return 'No orders in this period.';
  return `The most orders in one day: ${formatCount(best.orders)}, on ${WEEKDAY_NAMES[best.weekday]} ${formatDate(best.date)}.`;
}

/** The peak month of each year with 12 complete months, and how the peak month changed between such years. */
export function peakMonthByYearTakeaway(months: CalendarRow<'seasonality_month'>[], currency: string): string {
  const years = [...new Set(months.map((m) => m.year))].filter((y) => months.filter((m) => m.year === y && m.complete).length >= 11);
  const peaks = years.map((year) => maxBy(months.filter((m) => m.year === year && m.complete), (m) => m.net)!);
  if (peaks.length === 0) return 'No year with enough complete months to compare.';
  const text = peaks.map((p) => `${MONTH_NAMES[p.month_of_year - 1]} ${p.year} (${formatMoneyShort(p.net, currency)})`).join(', ');
  const last = peaks.at(-1)!;
  const change = last.change_pct === null ? '' : `, ${formatRate(last.change_pct)} on the year before`;
  return `The peak month: ${text}${change}.`;
}

export function weekdayTakeaway(rows: CalendarRow<'seasonality_weekday'>[], currency: string, business = 'the shop'): string {
  const best = maxBy(rows.filter((r) => r.net_per_trading_day !== null), (r) => r.net_per_trading_day!);
  if (!best) return 'No sales in this period.';
  const rare = rows.filter((r) => r.calendar_days > 0 && r.trading_days / r.calendar_days < 0.1).map((r) => `${r.weekday_name}s (${formatCount(r.trading_days)} of ${formatCount(r.calendar_days)})`);
  const who = business.charAt(0).toUpperCase() + business.slice(1);
  const closed = rare.length > 0 ? ` ${who} hardly ever trades on ${rare.join(' or ')}.` : '';
  return `${best.weekday_name} brings the most per trading day: ${formatMoneyShort(best.net_per_trading_day!, currency)}.${closed}`;
}

/** The busiest hour, and the shortest run of hours holding 80 % of orders. */
export function hourTakeaway(rows: CalendarRow<'seasonality_hour'>[]): string {
  const byHour = new Map<number, number>();
  for (const r of rows) byHour.set(r.hour, (byHour.get(r.hour) ?? 0) + r.orders);
  const total = [...byHour.values()].reduce((s, v) => s + v, 0);
  if (total === 0) return 'No orders in this period.';
  const [peakHour] = [...byHour.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]!;
  let best = { from: 0, to: 23 };
  for (let from = 0; from < 24; from++) {
    let sum = 0;
    for (let to = from; to < 24; to++) {
      sum += byHour.get(to) ?? 0;
      if (sum >= 0.8 * total) {
        if (to - from < best.to - best.from) best = { from, to };
        break;
      }
    }
  }
  const hh = (h: number) => `${String(h).padStart(2, '0')}:00`;
  return `Orders peak between ${hh(peakHour)} and ${hh(peakHour + 1)}; 80 % of them come between ${hh(best.from)} and ${hh(best.to + 1)}.`;
}

export function seasonalProductsTakeaway(rows: CalendarRow<'product_seasonality'>[]): string {
  const first = rows[0];
  if (!first) return 'Too little history: a seasonal profile needs two whole years of sales.';
  const concentrated = rows.filter((r) => r.peak_window_share >= 0.5).length;
  return `${formatCount(concentrated)} of ${formatCount(rows.length)} products sold in volume in both years sell half or more of their year in their best 3 months. The most seasonal: “${first.description}”, ${formatRate(first.peak_window_share)} of its units in ${monthRun(first.peak_window_start, 3)}.`;
}

export function eventProductsTakeaway(rows: CalendarRow<'product_events'>[], events: { event: string; label: string }[]): string {
  if (rows.length === 0) return 'No product is tied to a retail event by the rule below.';
  const counts = events.map((e) => [e.label, rows.filter((r) => r.event === e.event).length] as const).filter(([, n]) => n > 0);
  return `Products tied to an event: ${counts.map(([label, n]) => `${label} ${formatCount(n)}`).join(', ')}.`;
}

/** "Valentine’s Day products peak 5 weeks before it at 7.4× a normal week, and fall to 0.5× after." */
export function eventProfileTakeaway(rows: CalendarRow<'event_week_profile'>[], order?: string[]): string {
  const labels = order ?? [...new Set(rows.map((r) => r.label))];
  const parts = labels.flatMap((label) => {
    const own = rows.filter((r) => r.label === label);
    const peak = maxBy(own.filter((r) => r.week_offset < 0), (r) => r.index);
    const after = own.filter((r) => r.week_offset >= 1 && r.week_offset <= 6);
    if (!peak || after.length === 0) return [];
    const afterMean = after.reduce((s, r) => s + r.index, 0) / after.length;
    return [`${label} ${peak.index.toFixed(1)}× ${-peak.week_offset} ${peak.week_offset === -1 ? 'week' : 'weeks'} before, ${afterMean.toFixed(1)}× in the 6 weeks after`];
  });
  if (parts.length === 0) return 'No product is tied to a retail event.';
  return `Each event’s products against a normal week for them: ${parts.join('; ')}.`;
}
