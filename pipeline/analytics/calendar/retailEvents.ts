// The occurrences of a kind's retail events (pipeline/kinds/<kind>/profile.ts) around a period.
// Each event has a lead-up (the weeks in which customers buy for it) and an after window of the
// same length, used to tell event stock from seasonal stock.
import type { Localized } from '../../../src/i18n/localized.ts';
import type { RetailEventRule } from '../../kinds/types.ts';
import { addDays, dayNumber } from './isoDays.ts';

export { blackFriday, easterSunday } from '../../kinds/calendarRules.ts';

export interface RetailEventOccurrence {
  event: string;
  /** The kind profile's name of the event, in every report language. */
  label: Localized;
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
export function retailEventsBetween(from: string, to: string, rules: readonly RetailEventRule[]): RetailEventOccurrence[] {
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
