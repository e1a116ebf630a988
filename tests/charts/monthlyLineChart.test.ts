import { describe, expect, it } from 'vitest';
import { monthlyLineChart, type MonthlyLineRow } from '../../src/charts/monthlyLineChart.ts';
import { HOSTILE, expectChartSvg, expectNoDataSvg } from './helpers.ts';

const rows: MonthlyLineRow[] = [
  { month: '2017-01', value: 4.3389, note: '239 reviews' },
  { month: '2017-02', value: 4.2788, note: HOSTILE },
  // 2017-03 missing, 2017-04 without a value: both break the line.
  { month: '2017-04', value: null },
  { month: '2017-05', value: 4.1026, note: '3,709 reviews' },
  { month: '2016-12', value: 2.3556, note: '45 reviews' },
];

describe('monthlyLineChart', () => {
  const options = { id: 'vitrine-review-score', title: 'Average review score by month', valueLabel: 'Average score (1–5)', format: 'decimal' as const, domain: [1, 5] as [number, number] };

  it('renders a deterministic, accessible SVG', async () => {
    const svg = monthlyLineChart(rows, options);
    expect(monthlyLineChart(rows, options)).toBe(svg);
    expectChartSvg(svg, 'vitrine-review-score');
    await expect(svg).toMatchFileSnapshot('__snapshots__/monthlyLineChart.svg');
  });

  it('puts every month of the range on the axis and a dot with a tooltip on each value', () => {
    const svg = monthlyLineChart(rows, options);
    expect(svg).toContain('>Dec 2016<');
    expect(svg).toContain('>Mar 2017<');
    expect(svg).toContain('<title>Dec 2016\n2.36\n45 reviews</title>');
    expect(svg.match(/<circle /g)).toHaveLength(4);
  });

  it('escapes the notes it shows', () => {
    const svg = monthlyLineChart(rows, options);
    expect(svg).not.toContain('<b>');
    expect(svg).toContain('&lt;b&gt;BOLD&lt;/b&gt;');
  });

  it('uses the fixed domain for ticks, and percent when asked', () => {
    expect(monthlyLineChart(rows, options)).toContain('>5.0<');
    const shares = rows.map((row) => ({ ...row, value: row.value === null ? null : row.value / 10 }));
    expect(monthlyLineChart(shares, { id: 'bad', format: 'percent', tone: 'returns' })).toMatch(/>\d+%</);
    expect(monthlyLineChart(shares, { id: 'bad', format: 'percent', tone: 'returns' })).toContain('stroke="#c0635b"');
  });

  it('returns the no-data SVG without values, and rejects bad input', () => {
    expectNoDataSvg(monthlyLineChart([], options));
    expectNoDataSvg(monthlyLineChart([{ month: '2017-01', value: null }], options));
    expect(() => monthlyLineChart([{ month: '2017-13', value: 1 }], options)).toThrow('invalid month');
    expect(() => monthlyLineChart([{ month: '2017-01', value: 1 }, { month: '2017-01', value: 2 }], options)).toThrow('one row per month');
    expect(() => monthlyLineChart(rows, { ...options, domain: [5, 1] })).toThrow('invalid domain');
  });
});
