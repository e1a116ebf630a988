import { describe, expect, it } from 'vitest';
import { entityMonthlyChart, niceTicks, type EntityMonthlyRow } from '../../src/charts/entityMonthlyChart.ts';
import { expectChartSvg, expectNoDataSvg, HOSTILE } from './helpers.ts';

const month = (m: string, net: number, returns: number, unitsSold: number, unitsReturned: number): EntityMonthlyRow =>
  ({ month: m, gross: net + returns, returns, net, units_sold: unitsSold, units_returned: unitsReturned, orders: 3 });

const rows: EntityMonthlyRow[] = [
  month('2010-03', 1_234.5, 0, 120, 0),
  month('2010-04', 2_000, 150.25, 180, 12),
  // 2010-05 missing on purpose: an empty slot.
  month('2010-06', -40, 90, 2, 9), // more came back than was sold: net below zero
];
const options = { id: 'product-monthly', title: 'Net revenue and units per month: PAPER CHAIN', currency: 'GBP', width: 640 };

describe('entityMonthlyChart', () => {
  it('renders a deterministic, accessible SVG', async () => {
    const svg = entityMonthlyChart(rows, { ...options, from: '2010-01', to: '2010-07' });
    expect(entityMonthlyChart(rows, { ...options, from: '2010-01', to: '2010-07' })).toBe(svg);
    expectChartSvg(svg, 'product-monthly');
    await expect(svg).toMatchFileSnapshot('__snapshots__/entityMonthlyChart.svg');
  });

  it('does not depend on the order of the rows', () => {
    expect(entityMonthlyChart([...rows].reverse(), options)).toBe(entityMonthlyChart(rows, options));
  });

  it('spans the given period, so months before the first sale show as empty', () => {
    const svg = entityMonthlyChart(rows, { ...options, width: 1040, from: '2009-12', to: '2011-12' });
    expect(svg).toContain('>Jan 2010<');
    expect(svg).toContain('>Nov 2011<');
    expect(entityMonthlyChart(rows, { ...options, width: 1040 })).not.toContain('>Jan 2010<');
  });

  it('draws sales above zero in the accent and returns below zero in the muted red, in both panels', () => {
    const svg = entityMonthlyChart(rows, options);
    expect(svg.match(/<path fill="#2f6690"/g)).toHaveLength(2);
    expect(svg.match(/<path fill="#c0635b"/g)).toHaveLength(2);
    expect(svg).toContain('Net revenue per month');
    expect(svg).toContain('Units per month');
    // The lower end is the largest return, not a rounded tick: small returns stay small.
    expect(svg).not.toMatch(/>−£\d/);
    expect(entityMonthlyChart([month('2010-01', 100, 900, 10, 90)], options)).toMatch(/>−£\d+</);
  });

  it('gives each month with data a tooltip with its figures', () => {
    const svg = entityMonthlyChart(rows, options);
    expect(svg.match(/<rect class="product-monthly-hover"/g)).toHaveLength(3);
    expect(svg).toContain('<title>Apr 2010: net £2,000 (sales £2,150, returns £150); 180 units sold, 12 returned; 3 orders</title>');
  });

  it('escapes the title and aria label', () => {
    const svg = entityMonthlyChart(rows, { ...options, title: HOSTILE, description: HOSTILE });
    expect(svg).not.toContain('<b>');
    expect(svg).toContain('aria-label="&lt;b&gt;BOLD&lt;/b&gt; TEA TOWEL &amp; &quot;QUOTE&quot;"');
    expect(svg).toContain('<desc>&lt;b&gt;BOLD&lt;/b&gt; TEA TOWEL &amp; &quot;QUOTE&quot;</desc>');
  });

  it('puts the legend on its own line when the chart is narrow', () => {
    const wide = entityMonthlyChart(rows, { ...options, width: 1040 });
    const narrow = entityMonthlyChart(rows, { ...options, width: 400 });
    const height = (svg: string) => Number(/ height="(\d+)"/.exec(svg)![1]);
    expect(height(narrow)).toBeGreaterThan(height(wide));
  });

  it('says No data for empty rows', () => {
    expectNoDataSvg(entityMonthlyChart([], options));
  });

  it('rejects a bad month, a bad value or a repeated month', () => {
    expect(() => entityMonthlyChart([{ ...rows[0]!, month: '2010-13' }])).toThrow(/invalid month/);
    expect(() => entityMonthlyChart([{ ...rows[0]!, net: Number.NaN }])).toThrow(/net/);
    expect(() => entityMonthlyChart([rows[0]!, rows[0]!])).toThrow('one row per month');
    expect(() => entityMonthlyChart(rows, { from: '2010' })).toThrow(/invalid month/);
  });
});

describe('niceTicks', () => {
  it('steps by 1, 2, 2.5 or 5 × 10ⁿ and rounds the top up to a step', () => {
    expect(niceTicks(0, 26_000)).toEqual({ ticks: [0, 10_000, 20_000, 30_000], max: 30_000 });
    expect(niceTicks(-500, 1_000)).toEqual({ ticks: [-500, 0, 500, 1_000], max: 1_000 });
    // Never a step below 1: no `0.3 units`, no two ticks that both read `£0.1`.
    expect(niceTicks(-1, 0)).toEqual({ ticks: [-1, 0], max: 0 });
    expect(niceTicks(0, 1)).toEqual({ ticks: [0, 1], max: 1 });
  });
});
