// UK retail events computed from the calendar rules, never typed in: Easter by the Gregorian
// computus, Mothering Sunday three weeks before it, Black Friday the day after the fourth
// Thursday of November. Each event has a lead-up (the weeks in which shops stock up for it)
// and an after window of the same length, used to tell event stock from seasonal stock.
import { addDays, dateOf, dayNumber, weekday } from './isoDays.ts';

export type RetailEventKey = 'valentines_day' | 'mothering_sunday' | 'easter' | 'halloween' | 'black_friday' | 'christmas';

export interface RetailEventRule {
  event: RetailEventKey;
  label: string;
  /** Days before the event in which a wholesaler's customers buy for it. */
  leadDays: number;
  dateIn(year: number): string;
}

/** Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return dateOf(year, month, day);
}

/** UK Mothering Sunday: the fourth Sunday of Lent, three weeks before Easter Sunday. */
export function motheringSunday(year: number): string {
  return addDays(easterSunday(year), -21);
}

/** The day after the fourth Thursday of November (US Thanksgiving). */
export function blackFriday(year: number): string {
  const first = dateOf(year, 11, 1);
  const firstThursday = addDays(first, (3 - weekday(first) + 7) % 7);
  return addDays(firstThursday, 3 * 7 + 1);
}

// Six weeks of lead-up (a shop orders ahead); twelve for Christmas, the shop's whole peak.
export const RETAIL_EVENT_RULES: readonly RetailEventRule[] = [
  { event: 'valentines_day', label: 'Valentine’s Day', leadDays: 42, dateIn: (y) => dateOf(y, 2, 14) },
  { event: 'mothering_sunday', label: 'Mothering Sunday', leadDays: 42, dateIn: motheringSunday },
  { event: 'easter', label: 'Easter', leadDays: 42, dateIn: easterSunday },
  { event: 'halloween', label: 'Halloween', leadDays: 42, dateIn: (y) => dateOf(y, 10, 31) },
  { event: 'black_friday', label: 'Black Friday', leadDays: 42, dateIn: blackFriday },
  { event: 'christmas', label: 'Christmas', leadDays: 84, dateIn: (y) => dateOf(y, 12, 25) },
];

export interface RetailEventOccurrence {
  event: RetailEventKey;
  label: string;
  date: string;
  /** The lead-up: `lead_days` days ending the day before the event. */
  lead_start: string;
  lead_end: string;
  /** The same number of days from the event day on. */
  after_start: string;
  after_end: string;
  /** Whether the event day itself lies in the period (a lead-up may start inside it and the day fall after). */
  in_period: boolean;
}

/** Every occurrence whose lead-up or after window overlaps [from, to], by date then event order. */
export function retailEventsBetween(from: string, to: string, rules: readonly RetailEventRule[] = RETAIL_EVENT_RULES): RetailEventOccurrence[] {
  const [start, end] = [dayNumber(from), dayNumber(to)];
  if (end < start) return [];
  const out: RetailEventOccurrence[] = [];
  for (let year = Number(from.slice(0, 4)) - 1; year <= Number(to.slice(0, 4)) + 1; year++) {
    for (const rule of rules) {
      const date = rule.dateIn(year);
      const occurrence = {
        event: rule.event,
        label: rule.label,
        date,
        lead_start: addDays(date, -rule.leadDays),
        lead_end: addDays(date, -1),
        after_start: date,
        after_end: addDays(date, rule.leadDays - 1),
        in_period: dayNumber(date) >= start && dayNumber(date) <= end,
      };
      if (dayNumber(occurrence.after_end) >= start && dayNumber(occurrence.lead_start) <= end) out.push(occurrence);
    }
  }
  const order = new Map(rules.map((rule, i) => [rule.event, i]));
  return out.sort((a, b) => a.date.localeCompare(b.date) || order.get(a.event)! - order.get(b.event)!);
}
