// One-line takeaways for the calendar page, computed from the rows (pure, so tests can use tiny
// hand-made rows), and the short names the charts and tables use: weekday and month names come
// from Intl in the page's language (never from the English `weekday_name` of the files).
import type { CalendarRow } from '../../contracts/calendar.ts';
import { LOCALE, type Lang } from '../../i18n/langs.ts';
import { calendarTakeawaysText } from '../../i18n/messages/calendarTakeaways.ts';
import { toolsFor } from '../../i18n/tools.ts';

const weekdays = new Map<Lang, string[]>();

/** Monday first, as the language writes them in a sentence: "Monday" / "lundi". */
export function weekdayNames(lang: Lang): string[] {
  let names = weekdays.get(lang);
  if (!names) {
    const format = new Intl.DateTimeFormat(LOCALE[lang], { weekday: 'long', timeZone: 'UTC' });
    // 1 Jan 2024 was a Monday.
    weekdays.set(lang, (names = Array.from({ length: 7 }, (_, i) => format.format(Date.UTC(2024, 0, 1 + i)))));
  }
  return names;
}

const capital = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

/** The same as labels (chart rows, table cells): "Monday" / "Lundi". */
export const weekdayLabels = (lang: Lang): string[] => weekdayNames(lang).map(capital);

/** January first: "Jan" … / "janv." … */
export const monthNames = (lang: Lang): string[] => Array.from({ length: 12 }, (_, m) => toolsFor(lang).fmt.monthOfYear(m + 1));

/** `9` → `Sept`, and a run of three months from `10` → `Oct–Dec`, `12` → `Dec–Feb`. */
export function monthRun(lang: Lang, start: number, length: number): string {
  const names = monthNames(lang);
  const end = ((start - 1 + length - 1) % 12) + 1;
  return length === 1 ? names[start - 1]! : `${names[start - 1]}–${names[end - 1]}`;
}

const maxBy = <T>(rows: readonly T[], value: (row: T) => number) =>
  rows.reduce<T | undefined>((best, row) => (best === undefined || value(row) > value(best) ? row : best), undefined);

export interface ClosedDaysContext {
  /** Whether a day lies in a gap of the export (calendar_gaps). */
  inGap: (date: string) => boolean;
  /** The kind's name for its other no-sale days ("bank holidays and the Christmas break"), if known, in the page's language. */
  closedDays: string | null;
}

const noGaps: ClosedDaysContext = { inGap: () => false, closedDays: null };

/**
 * "The busiest day was Tuesday 7 Dec 2010, with £x net. 120 days had no sale: 104 Saturdays, …"
 * A weekday counts as a weekly closure when the business sold on fewer than half of those days
 * outside the gaps; days in a gap are missing data, said apart.
 */
export function busiestDayTakeaway(lang: Lang, days: CalendarRow<'calendar_daily'>[], currency: string, context: ClosedDaysContext = noGaps): string {
  const t = calendarTakeawaysText[lang];
  const { fmt, list } = toolsFor(lang);
  const names = weekdayNames(lang);
  const best = maxBy(days, (d) => d.net);
  if (!best) return t.noSales;
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
    ...[...weeklyClosed].map((w) => t.weeklyClosed(weekly.filter((d) => d.weekday === w).length, names[w]!)),
    ...(gapDays.length > 0 ? [t.inGaps(gapDays.length)] : []),
    ...(others > 0 ? [t.otherDays(others, context.closedDays)] : []),
  ];
  const closedText = closed.length === 0 ? t.saleEveryDay : gapDays.length === closed.length ? t.allInGaps(closed.length) : t.closedDays(closed.length, list(parts));
  return t.busiestDay({ weekday: names[best.weekday]!, date: fmt.date(best.date), net: fmt.moneyShort(best.net, currency), closed: closedText });
}

export function busiestOrdersTakeaway(lang: Lang, days: CalendarRow<'calendar_daily'>[]): string {
  const t = calendarTakeawaysText[lang];
  const best = maxBy(days, (d) => d.orders);
  if (!best || best.orders === 0) return t.noOrders;
  return t.busiestOrders(best.orders, weekdayNames(lang)[best.weekday]!, toolsFor(lang).fmt.date(best.date));
}

/** The peak month of each year with 12 complete months, and how the peak month changed between such years. */
export function peakMonthByYearTakeaway(lang: Lang, months: CalendarRow<'seasonality_month'>[], currency: string): string {
  const t = calendarTakeawaysText[lang];
  const { fmt } = toolsFor(lang);
  const years = [...new Set(months.map((m) => m.year))].filter((y) => months.filter((m) => m.year === y && m.complete).length >= 11);
  const peaks = years.map((year) => maxBy(months.filter((m) => m.year === year && m.complete), (m) => m.net)!);
  if (peaks.length === 0) return t.noYearToCompare;
  return t.peakMonth(peaks.map((p) => t.peakMonthItem(fmt.month(p.month), fmt.moneyShort(p.net, currency))), peaks.at(-1)!.change_pct);
}

/** `business` is the kind's word in the page's language ("the shop" / "la boutique"). */
export function weekdayTakeaway(lang: Lang, rows: CalendarRow<'seasonality_weekday'>[], currency: string, business: string): string {
  const t = calendarTakeawaysText[lang];
  const names = weekdayNames(lang);
  const best = maxBy(rows.filter((r) => r.net_per_trading_day !== null), (r) => r.net_per_trading_day!);
  if (!best) return t.noSales;
  const rare = rows.filter((r) => r.calendar_days > 0 && r.trading_days / r.calendar_days < 0.1).map((r) => t.rareWeekday(names[r.weekday]!, r.trading_days, r.calendar_days));
  const closed = rare.length > 0 ? t.hardlyTrades(capital(business), rare) : '';
  return `${capital(t.bestWeekday(names[best.weekday]!, toolsFor(lang).fmt.moneyShort(best.net_per_trading_day!, currency)))}${closed}`;
}

/** The busiest hour, and the shortest run of hours holding 80 % of orders. */
export function hourTakeaway(lang: Lang, rows: CalendarRow<'seasonality_hour'>[]): string {
  const t = calendarTakeawaysText[lang];
  const byHour = new Map<number, number>();
  for (const r of rows) byHour.set(r.hour, (byHour.get(r.hour) ?? 0) + r.orders);
  const total = [...byHour.values()].reduce((s, v) => s + v, 0);
  if (total === 0) return t.noOrders;
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
  return t.hours({ peakFrom: t.hour(peakHour), peakTo: t.hour(peakHour + 1), from: t.hour(best.from), to: t.hour(best.to + 1) });
}

export function seasonalProductsTakeaway(lang: Lang, rows: CalendarRow<'product_seasonality'>[]): string {
  const t = calendarTakeawaysText[lang];
  const first = rows[0];
  if (!first) return t.noSeasonalProfile;
  return t.seasonalProducts({
    concentrated: rows.filter((r) => r.peak_window_share >= 0.5).length, products: rows.length, description: first.description,
    share: first.peak_window_share, months: monthRun(lang, first.peak_window_start, 3),
  });
}

/** `events`: the kind's events present in the data, in the order of its year. */
export function eventProductsTakeaway(lang: Lang, rows: CalendarRow<'product_events'>[], events: readonly { event: string; label: Record<Lang, string> }[]): string {
  const t = calendarTakeawaysText[lang];
  if (rows.length === 0) return t.noEventProducts;
  const counts = events.map((e) => ({ label: e.label[lang], count: rows.filter((r) => r.event === e.event).length })).filter((c) => c.count > 0);
  return t.eventProducts(counts);
}

/** "Valentine’s Day products peak 5 weeks before it at 7.4× a normal week, and fall to 0.5× after." `order`: event keys. */
export function eventProfileTakeaway(lang: Lang, rows: CalendarRow<'event_week_profile'>[], order?: readonly string[]): string {
  const t = calendarTakeawaysText[lang];
  const events = order ?? [...new Set(rows.map((r) => r.event))];
  const parts = events.flatMap((event) => {
    const own = rows.filter((r) => r.event === event);
    const peak = maxBy(own.filter((r) => r.week_offset < 0), (r) => r.index);
    const after = own.filter((r) => r.week_offset >= 1 && r.week_offset <= 6);
    if (!peak || after.length === 0) return [];
    const afterMean = after.reduce((s, r) => s + r.index, 0) / after.length;
    return [t.profilePart({ label: own[0]!.label[lang], peak: peak.index, weeksBefore: -peak.week_offset, after: afterMean })];
  });
  if (parts.length === 0) return t.noProfile;
  return t.profile(parts);
}
