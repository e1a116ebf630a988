// The calendar files computed in TypeScript: the retail events of the period, each product's
// seasonality profile and the products tied to an event. SQL does the counting
// (pipeline/sql/calendar/); the rules are the pure functions next to this file.
import type { CalendarFile, CalendarRow } from '../../../src/contracts/calendar.ts';
import { sqlString, type Database } from '../../engine/database.ts';
import { readSql } from '../../engine/sqlFiles.ts';
import { calendarFile } from './calendarFile.ts';
import { round } from '../../report/round.ts';
import { eventTie, eventTieDefaults } from './eventTie.ts';
import type { RetailCalendar } from '../../kinds/types.ts';
import { retailEventsBetween } from './retailEvents.ts';
import { buildProductSeasonality } from './productSeasonality.ts';

export interface PeriodBounds {
  first_day: string;
  last_day: string;
}

/** Products with fewer orders than this are not judged: a share of a handful of orders means little. */
const MIN_EVENT_ORDERS = 30;

export async function buildCalendarFiles(db: Database, dataset: string, bounds: PeriodBounds | null, calendar: RetailCalendar) {
  const rules = calendar.events;
  const occurrences = bounds ? retailEventsBetween(bounds.first_day, bounds.last_day, rules) : [];
  const leadDays = new Map(rules.map((rule) => [rule.event, rule.leadDays]));
  const events = calendarFile('calendar_events', dataset, {
    grain: 'one row per occurrence of a retail event whose lead-up or after window overlaps the period',
    definition: `Dates computed from the rules of the dataset's retail calendar, not typed in: ${rules.map((r) => `${r.label.en}, ${r.rule.en}`).join('; ')}.
      lead-up = the lead_days days before the event (${calendar.leadWhy.en}); after = as many days from
      the event day on. in_period = the event day itself lies between the first and last invoice dates.`,
  }, {}, occurrences.map((o) => ({ ...o, lead_days: leadDays.get(o.event)! })));

  await createTable(db, 'calendar_event_windows', 'event varchar, date date, lead_start date, lead_end date, after_start date, after_end date',
    occurrences.map((o) => [o.event, o.date, o.lead_start, o.lead_end, o.after_start, o.after_end]));
  const seasonality = buildProductSeasonality(dataset, await db.all(readSql('calendar/product_month_units.sql')));
  const productEvents = buildProductEvents(dataset, await db.all(readSql('calendar/product_event_orders.sql')), rules);
  await createTable(db, 'calendar_tied_products', 'event varchar, stock_code varchar', productEvents.rows.map((r) => [r.event, r.stock_code]));
  const profile = buildEventWeekProfile(dataset, await db.all(readSql('calendar/event_week_profile.sql')), rules);
  return { calendar_events: events, product_seasonality: seasonality, product_events: productEvents, event_week_profile: profile };
}

/** A temp table the calendar SQL reads, filled in one statement. */
async function createTable(db: Database, name: string, columns: string, rows: string[][]): Promise<void> {
  await db.run(`create or replace temp table ${name} (${columns})`);
  if (rows.length > 0) await db.run(`insert into ${name} values ${rows.map((row) => `(${row.map(sqlString).join(', ')})`).join(', ')}`);
}

interface EventWeekRow {
  event: string;
  week_offset: number;
  occurrences: number;
  orders: number;
  products: number;
  orders_total: number;
  days_total: number;
}

function buildEventWeekProfile(dataset: string, rows: EventWeekRow[], rules: RetailCalendar['events']): CalendarFile<'event_week_profile'> {
  const labels = new Map(rules.map((rule) => [rule.event, rule.label]));
  return calendarFile('event_week_profile', dataset, {
    grain: 'one row per retail event and week relative to it, over the products tied to the event',
    definition: `Week k = the 7 days from the event day + 7k (k = −1 is the week before the event), k from
      −16 to 7. orders = orders of the products tied to the event (product_events) in week k of every
      occurrence whose week k lies in the data; occurrences = how many. index = orders per occurrence
      ÷ the same products' average orders per week over the whole period: 1 = a normal week for
      them, 4 = four times as many orders.`,
  }, {}, rows.map((row) => {
    const perWeek = row.orders_total / (row.days_total / 7);
    return {
      event: row.event, label: labels.get(row.event)!, week_offset: row.week_offset, products: row.products,
      occurrences: row.occurrences, orders: row.orders, index: perWeek > 0 && row.occurrences > 0 ? round(row.orders / row.occurrences / perWeek, 2) : 0,
    };
  }));
}

interface EventOrdersRow {
  event: string;
  stock_code: string;
  description: string;
  orders_before: number;
  orders_after: number;
  orders_total: number;
  units_before: number;
  units_total: number;
  days_before: number;
  days_after: number;
  days_total: number;
  occurrences: number;
}

function buildProductEvents(dataset: string, rows: EventOrdersRow[], rules: RetailCalendar['events']): CalendarFile<'product_events'> {
  const labels = new Map(rules.map((rule) => [rule.event, rule.label]));
  const order = new Map(rules.map((rule, i) => [rule.event, i]));
  const tied: Omit<CalendarRow<'product_events'>, 'rank'>[] = [];
  for (const row of rows) {
    if (row.orders_total < MIN_EVENT_ORDERS) continue;
    const tie = eventTie({
      ordersBefore: row.orders_before, ordersAfter: row.orders_after, ordersTotal: row.orders_total,
      daysBefore: row.days_before, daysAfter: row.days_after, daysTotal: row.days_total, occurrences: row.occurrences,
    });
    if (!tie?.tied) continue;
    tied.push({
      event: row.event, label: labels.get(row.event)!, stock_code: row.stock_code, description: row.description,
      orders_total: row.orders_total, orders_before: row.orders_before, units_before: row.units_before,
      share_before: round(tie.shareBefore, 4), flat_share: round(tie.flatShare, 4), lift_before: round(tie.liftBefore, 2),
      lift_after: Number.isFinite(tie.liftAfter) ? round(tie.liftAfter, 2) : null, occurrences: row.occurrences,
    });
  }
  tied.sort((a, b) => order.get(a.event)! - order.get(b.event)! || b.lift_before - a.lift_before || b.orders_before - a.orders_before || (a.stock_code < b.stock_code ? -1 : 1));
  const ranked = tied.map((row, i) => ({ ...row, rank: 1 + i - tied.findIndex((r) => r.event === row.event) }));
  return calendarFile('product_events', dataset, {
    grain: 'one row per retail event and product tied to it',
    definition: `Orders = distinct sale invoices with the product (orders, not units, so that one bulk
      order cannot make a product look seasonal). share_before = the product's orders in the
      event's lead-ups ÷ all its orders; flat_share = what an even spread over the shop's trading
      days would put there (lead-up trading days ÷ all trading days). lift_before = share_before ÷
      flat_share, lift_after the same for the after windows. Tied = lift_before ≥ min_lift, lift_before
      ≥ min_drop × lift_after (sales fall once the event has passed, which separates Valentine's
      stock from Christmas stock selling all winter) and orders in the lead-up of at least
      min_occurrences occurrences; only products with at least min_orders orders are judged.`,
  }, { min_orders: MIN_EVENT_ORDERS, min_lift: eventTieDefaults.minLift, min_drop: eventTieDefaults.minDrop, min_occurrences: eventTieDefaults.minOccurrences }, ranked);
}
