import { describe, expect, it } from 'vitest';
import { calendarHeatmapChart, placeDay, type CalendarDayRow } from '../../src/charts/calendarHeatmapChart.ts';
import { HOSTILE, expectChartSvg, expectNoDataSvg } from './helpers.ts';

// Two weeks around Valentine's Day 2011; Saturday 12 Feb closed.
const rows: CalendarDayRow[] = Array.from({ length: 14 }, (_, i) => {
  const date = `2011-02-${String(7 + i).padStart(2, '0')}`;
  const saturday = i === 5 || i === 12;
  return { date, value: saturday ? 0 : 10_000 + 2_500 * i, has_sales: !saturday };
});
const events = [{ date: '2011-02-14', label: 'Val', name: 'Valentine’s Day' }];

describe('placeDay(date)', () => {
  it('puts a day in its year, Monday-based week column and weekday', () => {
    // 1 Jan 2011 was a Saturday: week column 0, weekday 5; Monday 3 Jan starts column 1.
    expect(placeDay('2011-01-01')).toEqual({ date: '2011-01-01', year: 2011, column: 0, weekday: 5 });
    expect(placeDay('2011-01-03')).toMatchObject({ column: 1, weekday: 0 });
    expect(placeDay('2011-02-14')).toMatchObject({ column: 7, weekday: 0 });
    expect(() => placeDay('14/02/2011')).toThrow(/invalid date/);
  });
});

describe('calendarHeatmapChart', () => {
  const options = { id: 'vitrine-calendar-net', title: 'Net revenue per day', valueLabel: 'Net revenue per day', events };

  it('renders a deterministic, accessible SVG', async () => {
    const svg = calendarHeatmapChart(rows, options);
    expect(calendarHeatmapChart(rows, options)).toBe(svg);
    expectChartSvg(svg, 'vitrine-calendar-net');
    await expect(svg).toMatchFileSnapshot('__snapshots__/calendarHeatmapChart.svg');
  });

  it('draws closed days grey, outlines and labels the event day', () => {
    const svg = calendarHeatmapChart(rows, { ...options, width: 1040 });
    expect(svg).toContain('2011-02-12 (Sat)\nNo sales');
    expect(svg).toContain('Valentine’s Day, 2011-02-14');
    expect(svg).toContain('>Val<');
    expect(svg).toContain('>2011<');
    // Event labels need cells of 12 px: at phone width they are left out, the outline stays.
    const narrow = calendarHeatmapChart(rows, { ...options, width: 400 });
    expect(narrow).not.toContain('>Val<');
    expect(narrow).toContain('Valentine’s Day, 2011-02-14');
  });

  it('escapes event names and formats values', () => {
    const svg = calendarHeatmapChart(rows, { ...options, events: [{ date: '2011-02-14', label: '<b>', name: HOSTILE }] });
    expect(svg).not.toContain('<b>');
    expect(svg).toContain('£42,500');
    expect(calendarHeatmapChart(rows, { ...options, format: 'count' })).toContain('42,500');
  });

  it('says No data for empty rows and rejects bad dates', () => {
    expectNoDataSvg(calendarHeatmapChart([], options));
    expect(() => calendarHeatmapChart([{ date: '2011-13-01', value: 1, has_sales: true }])).toThrow();
  });
});
