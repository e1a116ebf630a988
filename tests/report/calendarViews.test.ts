import { describe, expect, it } from 'vitest';
import { hourGrid, weekdayBars, yearLines } from '../../src/report/calendarViews.ts';

describe('calendar view rows', () => {
  it('draws only complete months, one line per year', () => {
    const rows = [{ year: 2010, m: 1, complete: true, net: 5 }, { year: 2010, m: 2, complete: false, net: 1 }, { year: 2011, m: 1, complete: true, net: 7 }];
    expect(yearLines(rows, (r) => r.year, (r) => r.m)).toEqual([{ series: '2010', x: 1, value: 5 }, { series: '2011', x: 1, value: 7 }]);
  });

  it('labels weekdays with their trading days and lays out the hour grid in hour order', () => {
    const weekday = { weekday: 0, weekday_name: 'Monday', calendar_days: 10, trading_days: 1, net: 5, orders: 1, net_per_trading_day: 5, orders_per_trading_day: 1, share_net: 1 };
    expect(weekdayBars([weekday])).toEqual([{ label: 'Monday (1 day)', value: 5 }]);
    const grid = hourGrid([{ weekday: 1, hour: 9, orders: 3, gross: 1, share_orders: 0.5 }, { weekday: 0, hour: 8, orders: 2, gross: 1, share_orders: 0.5 }]);
    expect(grid.columns).toEqual(['08:00', '09:00']);
    expect(grid.cells[0]).toEqual({ column: '09:00', row: 'Tuesday', value: 3 });
  });
});
