import { describe, expect, it } from 'vitest';
import { eventColumns, hourGrid, monthColumns, weekdayBars, yearLines } from '../../src/report/calendarViews.ts';

describe('calendar view rows', () => {
  it('draws only complete months, one line per year', () => {
    const rows = [{ year: 2010, m: 1, complete: true, net: 5 }, { year: 2010, m: 2, complete: false, net: 1 }, { year: 2011, m: 1, complete: true, net: 7 }];
    expect(yearLines(rows, (r) => r.year, (r) => r.m)).toEqual([{ series: '2010', x: 1, value: 5 }, { series: '2011', x: 1, value: 7 }]);
  });

  it('labels weekdays with their trading days and lays out the hour grid in hour order', () => {
    // The name comes from `weekday` in the page's language, not from the file's English weekday_name.
    const weekday = (w: number, trading_days: number) => ({ weekday: w, weekday_name: 'Monday', calendar_days: 10, trading_days, net: 5, orders: 1, net_per_trading_day: 5, orders_per_trading_day: 1, share_net: 1 });
    expect(weekdayBars('en', [weekday(0, 1)])).toEqual([{ label: 'Monday (1 day)', value: 5 }]);
    expect(weekdayBars('fr', [weekday(0, 1), weekday(6, 2)]).map((b) => b.label)).toEqual(['Lundi (1\u00a0jour)', 'Dimanche (2\u00a0jours)']);
    const hours = [{ weekday: 1, hour: 9, orders: 3, gross: 1, share_orders: 0.5 }, { weekday: 0, hour: 8, orders: 2, gross: 1, share_orders: 0.5 }];
    const grid = hourGrid('en', hours);
    expect(grid.columns).toEqual(['08:00', '09:00']);
    expect(grid.cells[0]).toEqual({ column: '09:00', row: 'Tuesday', value: 3 });
    expect(hourGrid('fr', hours).cells[0]).toEqual({ column: '9\u00a0h', row: 'Mardi', value: 3 });
  });

  it('heads the tables in the page’s language', () => {
    expect(monthColumns('en').map((c) => c.label)).toEqual(['Month', 'Net revenue', 'Same month a year before', 'Change', 'Orders', 'Trading days', 'Complete']);
    expect(monthColumns('fr')[1]!.label).toBe('Chiffre d’affaires net');
    const tied = { event: 'easter', label: { en: 'Easter', fr: 'Pâques' }, lift_before: 4.25, lift_after: null } as never;
    const [event, , , , liftBefore, liftAfter] = eventColumns('fr');
    expect([event!.value(tied), liftBefore!.value(tied), liftAfter!.value(tied)]).toEqual(['Pâques', '4,3×', '–']);
    expect(eventColumns('en')[4]!.value(tied)).toBe('4.3×');
  });
});
