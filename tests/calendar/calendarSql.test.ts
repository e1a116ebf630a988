// The calendar SQL on a two-product, two-year fixture whose counts are worked out by hand in
// tests/fixtures/calendar/README.md.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareDatabase } from '../../pipeline/buildDatasetReport.ts';
import { openDatabase, type Database } from '../../pipeline/engine/database.ts';
import { readSql } from '../../pipeline/engine/sqlFiles.ts';
import { nodeEffects, silentLogger } from '../../pipeline/effects.ts';
import { buildCalendarAndStockFiles } from '../../pipeline/analytics/forecast/index.ts';
import { parseWeeklyDemand } from '../../pipeline/analytics/forecast/weeklyDemand.ts';
import { datasetOf } from '../helpers/buildReport.ts';

let db: Database;
let files: Map<string, any>;
beforeAll(async () => {
  db = await openDatabase();
  await prepareDatabase(db, datasetOf('calendar', 'tests/fixtures/calendar'), nodeEffects(silentLogger));
  files = await buildCalendarAndStockFiles(db, 'calendar', 'online_retail');
});
afterAll(() => db.close());

describe('calendar SQL on tests/fixtures/calendar', () => {
  it('counts orders in the lead-up and after windows of each event', async () => {
    const rows = await db.all<Record<string, unknown>>(readSql('calendar/product_event_orders.sql'));
    const pick = (r: Record<string, unknown>) => [r.event, r.stock_code, r.orders_before, r.orders_after, r.orders_total, r.units_before, r.days_before, r.days_after, r.days_total, r.occurrences];
    expect(rows.map(pick)).toEqual([
      ['black_friday', 'X1', 1, 2, 4, 24, 1, 2, 7, 1],
      ['christmas', 'V1', 1, 2, 4, 2, 3, 3, 7, 1],
      ['christmas', 'X1', 3, 1, 4, 37, 3, 3, 7, 3],
      ['mothering_sunday', 'X1', 1, 0, 4, 6, 1, 0, 7, 1],
      ['valentines_day', 'V1', 2, 0, 4, 30, 2, 1, 7, 2],
    ]);
  });

  it('places months in whole seasonal years, returns netted out', async () => {
    const rows = await db.all<Record<string, unknown>>(readSql('calendar/product_month_units.sql'));
    // Months in date order within the year: Dec 2009 (12) comes before Nov 2010 (11).
    expect(rows.map((r) => [r.stock_code, r.year_index, r.year_start, r.months, r.orders])).toEqual([
      ['V1', 0, '2010-12', '1:20,11:2', 2],
      ['V1', 1, '2009-12', '1:10,6:5', 2],
      ['X1', 0, '2010-12', '3:6,11:1', 2],
      ['X1', 1, '2009-12', '12:12,11:20', 2],
    ]);
  });

  it('books a return in its own week', async () => {
    const weeks = parseWeeklyDemand(await db.all(readSql('calendar/product_weekly_demand.sql'))).filter((w) => w.stock_code === 'X1');
    expect(weeks.map((w) => [w.week, w.units_sold, w.units_returned])).toEqual([
      ['2009-11-30', 12, 0], ['2010-11-15', 24, 0], ['2010-11-22', 0, 4], ['2011-02-28', 6, 0], ['2011-11-28', 1, 0],
    ]);
  });

  it('finds the gaps in the export between sale days (14 days or more for the shop)', () => {
    // Sale days: 2009-12-01, 2010-01-20, 2010-06-01, 2010-11-15, 2011-01-25, 2011-03-01, 2011-11-30
    // (the return on 2010-11-22 is not a sale). Days between them, worked out in the README's way.
    const gaps = files.get('calendar_gaps.json');
    expect(gaps.params).toEqual({ gap_days: 14 });
    expect(gaps.rows).toEqual([
      { gap_start: '2009-12-02', gap_end: '2010-01-19', days: 49 },
      { gap_start: '2010-01-21', gap_end: '2010-05-31', days: 131 },
      { gap_start: '2010-06-02', gap_end: '2010-11-14', days: 166 },
      { gap_start: '2010-11-16', gap_end: '2011-01-24', days: 70 },
      { gap_start: '2011-01-26', gap_end: '2011-02-28', days: 34 },
      { gap_start: '2011-03-02', gap_end: '2011-11-29', days: 273 },
    ]);
    // Every month touches a gap: none is complete, so no year-on-year change is claimed.
    const months = files.get('seasonality_month.json').rows;
    expect(months.filter((m: any) => m.complete)).toEqual([]);
    expect(months.every((m: any) => m.change_pct === null)).toBe(true);
  });

  it('writes every calendar and stock file, the ones needing volume empty here', () => {
    expect([...files.keys()].sort()).toEqual([
      'calendar_events.json', 'calendar_gaps.json', 'event_week_profile.json', 'monthly_sales.json', 'product_events.json', 'product_seasonality.json',
      'seasonality_month.json', 'seasonality_week.json', 'stock_backtest.json', 'stock_backtest_origins.json', 'stock_file.json', 'stock_forecast.json', 'stock_history.json', 'stock_products.json',
    ]);
    // 30 orders at least before a product is judged; 150 units a year before a profile is listed.
    expect(files.get('product_events.json').rows).toEqual([]);
    expect(files.get('product_seasonality.json').params.seasonal_years).toBe(2);
    expect(files.get('product_seasonality.json').rows).toEqual([]);
    const christmas = files.get('calendar_events.json').rows.filter((e: any) => e.event === 'christmas');
    expect(christmas.map((e: any) => [e.date, e.in_period])).toEqual([['2009-12-25', true], ['2010-12-25', true], ['2011-12-25', false]]);
  });
});
