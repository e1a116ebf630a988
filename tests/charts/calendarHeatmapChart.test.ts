import { describe, expect, it } from 'vitest';
import { calendarHeatmapChart, placeDay, type CalendarDayRow } from '../../src/charts/calendarHeatmapChart.ts';
import { textWidth } from '../../src/charts/textWidth.ts';
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
    const narrow = calendarHeatmapChart(rows, { ...options, width: 350 });
    expect(narrow).not.toContain('>Val<');
  });

  it('splits each year into January–June and July–December on a phone, so cells stay readable', () => {
    // The two weeks of February plus two July days: one panel at page width, two on a phone.
    const year = [...rows, { date: '2011-07-04', value: 5_000, has_sales: true }, { date: '2011-07-05', value: 6_000, has_sales: true }];
    const wide = calendarHeatmapChart(year, { ...options, width: 1040 });
    const narrow = calendarHeatmapChart(year, { ...options, width: 350 });
    const yearLabels = (svg: string) => svg.match(/>2011</g)?.length ?? 0;
    expect(yearLabels(wide)).toBe(1);
    expect(yearLabels(narrow)).toBe(2);
    // 27 or 28 week columns of (350 − 52) px: cells of 10.6 px instead of 5.5 px.
    // Day cells only (each has its date as title; legend swatches have none).
    const dayWidths = (svg: string) => [...svg.matchAll(/<rect x="[\d.]+" y="[\d.]+" width="([\d.]+)"[^>]*><title>\d{4}-\d{2}-\d{2} /g)].map((m) => Number(m[1]));
    expect(dayWidths(narrow)).toHaveLength(year.length);
    expect(Math.min(...dayWidths(narrow))).toBeGreaterThan(9);
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

  it('labels as many colour boundaries as fit, so long money labels do not run together on a phone', () => {
    const big = rows.map((r, i) => ({ ...r, value: 40_000 + 10_000 * i, has_sales: true }));
    const svg = calendarHeatmapChart(big, { ...options, width: 350, format: 'money', currency: 'BRL', locale: 'fr-FR' });
    const legend = /<g data-mark="legend"[^>]*>(.*?)<\/g>/s.exec(svg)![1]!;
    const labels = [...legend.matchAll(/<text x="([\d.]+)"[^>]*text-anchor="middle"[^>]*>([^<]+)<\/text>/g)].map((m) => ({ x: Number(m[1]), text: m[2]! }));
    expect(labels.length).toBeGreaterThan(1);
    for (let i = 1; i < labels.length; i++) {
      const room = labels[i]!.x - labels[i - 1]!.x;
      expect(room, `${labels[i - 1]!.text} / ${labels[i]!.text}`).toBeGreaterThanOrEqual((textWidth(labels[i - 1]!.text) + textWidth(labels[i]!.text)) / 2);
    }
  });
});
