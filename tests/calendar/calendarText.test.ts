import { describe, expect, it } from 'vitest';
import {
  busiestDayTakeaway, eventProductsTakeaway, eventProfileTakeaway, hourTakeaway, monthRun, peakMonthByYearTakeaway, seasonalProductsTakeaway, weekdayTakeaway,
} from '../../src/components/calendar/calendarText.ts';

const day = (date: string, weekday: number, net: number, has_sales = true) => ({
  date, weekday, iso_year: 2010, iso_week: 1, gross: net, returns: 0, net, orders: has_sales ? 1 : 0, customers: 1, units_sold: 1, has_sales,
});

describe('monthRun(start, length)', () => {
  it('names a run of months, wrapping at December', () => {
    expect(monthRun(10, 3)).toBe('Oct–Dec');
    expect(monthRun(12, 3)).toBe('Dec–Feb');
    expect(monthRun(5, 1)).toBe('May');
  });
});

describe('calendar takeaways', () => {
  it('busiest day, and closed days split into Saturdays and the rest', () => {
    const days = [day('2010-12-06', 0, 5_000), day('2010-12-07', 1, 81_000), day('2010-12-11', 5, 0, false), day('2010-12-27', 0, 0, false)];
    const shop = { inGap: () => false, closedDays: 'bank holidays and the Christmas break' };
    expect(busiestDayTakeaway(days, 'GBP', shop)).toBe('The busiest day was Tuesday 7 Dec 2010, with £81k net. 2 days had no sale: 1 Saturday and 1 other day (bank holidays and the Christmas break).');
  });

  it('days in a gap of the export are missing data, not closures', () => {
    // A marketplace selling every day, with a gap of three days (2 – 4 Oct) and one quiet Sunday.
    const days = [
      day('2016-10-01', 5, 100), day('2016-10-02', 6, 0, false), day('2016-10-03', 0, 0, false), day('2016-10-04', 1, 0, false),
      day('2016-10-05', 2, 300), day('2016-10-06', 3, 200), day('2016-10-09', 6, 0, false), day('2016-10-16', 6, 50), day('2016-10-23', 6, 70),
    ];
    const context = { inGap: (d: string) => d >= '2016-10-02' && d <= '2016-10-04', closedDays: null };
    // Sundays outside the gap: 9, 16, 23 Oct — two of three with a sale, so Sunday is no weekly closure.
    expect(busiestDayTakeaway(days, 'BRL', context)).toBe('The busiest day was Wednesday 5 Oct 2016, with R$300 net. 4 days had no sale: 3 in gaps of the export and 1 other day.');
  });

  it('peak month per complete year, with the change on the year before', () => {
    const month = (m: string, net: number, change_pct: number | null) => ({
      month: m, year: Number(m.slice(0, 4)), month_of_year: Number(m.slice(5)), net, gross: net, orders: 1, units_sold: 1, trading_days: 20, complete: true, net_prior_year: null, change_pct,
    });
    const rows = ['2010', '2011'].flatMap((y) => Array.from({ length: 12 }, (_, i) => month(`${y}-${String(i + 1).padStart(2, '0')}`, i === 10 ? 1_400_000 : 600_000, y === '2011' && i === 10 ? 0.023 : null)));
    expect(peakMonthByYearTakeaway(rows, 'GBP')).toBe('The peak month: Nov 2010 (£1.4m), Nov 2011 (£1.4m), 2.3% on the year before.');
  });

  it('weekday per trading day, and the days the shop hardly trades', () => {
    const weekday = (name: string, trading_days: number, net: number) => ({ weekday: 0, weekday_name: name, calendar_days: 105, trading_days, net, orders: 1, net_per_trading_day: trading_days ? net / trading_days : null, orders_per_trading_day: null, share_net: null });
    expect(weekdayTakeaway([weekday('Thursday', 103, 3_905_000), weekday('Saturday', 1, 9_800)], 'GBP')).toBe('Thursday brings the most per trading day: £38k. The shop hardly ever trades on Saturdays (1 of 105).');
  });

  it('busiest hour and the shortest span holding 80 % of orders', () => {
    // 10h: 30, 11h: 50, 12h: 20 → 80% = 80 orders: 10h–11h holds exactly 80.
    const rows = [{ hour: 10, orders: 30 }, { hour: 11, orders: 50 }, { hour: 12, orders: 20 }].map((r) => ({ weekday: 0, gross: 0, share_orders: 0, ...r }));
    expect(hourTakeaway(rows)).toBe('Orders peak between 11:00 and 12:00; 80 % of them come between 10:00 and 12:00.');
  });

  it('seasonal and event products', () => {
    const seasonal = { rank: 1, stock_code: '22141', description: 'CHRISTMAS CRAFT TREE TOP ANGEL', units: 3510, orders: 100, concentration: 0.43, peak_month: 11, peak_window_start: 10, peak_window_share: 0.887, peak_month_first_year: 11, peak_month_last_year: 11 } as never;
    expect(seasonalProductsTakeaway([seasonal])).toBe('1 of 1 products sold in volume in both years sell half or more of their year in their best 3 months. The most seasonal: “CHRISTMAS CRAFT TREE TOP ANGEL”, 88.7% of its units in Oct–Dec.');
    expect(seasonalProductsTakeaway([])).toMatch(/two whole years/);
    const tied = [{ event: 'valentines_day' }, { event: 'valentines_day' }, { event: 'easter' }] as never[];
    expect(eventProductsTakeaway(tied, [{ event: 'valentines_day', label: 'Valentine’s Day' }, { event: 'easter', label: 'Easter' }, { event: 'halloween', label: 'Halloween' }]))
      .toBe('Products tied to an event: Valentine’s Day 2, Easter 1.');
  });

  it('the week-by-week profile: peak before the event and the level after', () => {
    const row = (week_offset: number, index: number) => ({ event: 'valentines_day' as const, label: 'Valentine’s Day', week_offset, products: 3, occurrences: 2, orders: 10, index });
    // Peak 7.4 five weeks before; after: weeks 1…6 average (0.5 + 0.3 + 0.4 + 0.6 + 0.5 + 0.7) / 6 = 0.5.
    const rows = [row(-5, 7.4), row(-1, 1), row(0, 0.7), ...[0.5, 0.3, 0.4, 0.6, 0.5, 0.7].map((v, i) => row(i + 1, v))];
    expect(eventProfileTakeaway(rows)).toBe('Each event’s products against a normal week for them: Valentine’s Day 7.4× 5 weeks before, 0.5× in the 6 weeks after.');
  });
});
