import { describe, expect, it } from 'vitest';
import { monthlyRevenueChart, type MonthlyRevenueRow, partialRuns } from '../../src/charts/monthlyRevenueChart.ts';
import { expectChartSvg, expectNoDataSvg } from './helpers.ts';

const rows: MonthlyRevenueRow[] = [
  { month: '2010-01', gross: 560_000.123, returns: -12_345.678, net: 547_654.445 },
  { month: '2010-02', gross: 498_000, returns: 20_100, net: 477_900 },
  // 2010-03 missing on purpose: it stays an empty slot.
  { month: '2010-04', gross: 610_500, returns: 8_000, net: 602_500 },
  { month: '2009-12', gross: 720_000, returns: 30_000, net: 690_000 },
];

describe('monthlyRevenueChart', () => {
  const options = { id: 'vitrine-monthly-sales', title: 'Net revenue per month', currency: 'GBP' };

  it('renders a deterministic, accessible SVG', async () => {
    const svg = monthlyRevenueChart(rows, options);
    expect(monthlyRevenueChart(rows, options)).toBe(svg);
    expectChartSvg(svg, 'vitrine-monthly-sales');
    await expect(svg).toMatchFileSnapshot('__snapshots__/monthlyRevenueChart.svg');
  });

  it('shows every month from first to last, labelled like Jan 2010', () => {
    const svg = monthlyRevenueChart(rows, options);
    expect(svg).toContain('>Dec 2009<');
    expect(svg).toContain('>Mar 2010<');
    expect(svg).toContain('>Apr 2010<');
  });

  it('formats money ticks with the currency symbol', () => {
    expect(monthlyRevenueChart(rows, options)).toMatch(/>£\d+k</);
    expect(monthlyRevenueChart(rows, { ...options, currency: 'EUR' })).toMatch(/>€\d+k</);
  });

  it('draws returns below zero in the muted red and net in the accent', () => {
    const svg = monthlyRevenueChart(rows, options);
    expect(svg).toContain('fill="#c0635b"');
    expect(svg).toContain('fill="#2f6690"');
    expect(svg).toContain('Returns £12,346');
  });

  it('names the bars below zero as the page says, e.g. canceled orders on a marketplace', () => {
    const svg = monthlyRevenueChart(rows, { ...options, currency: 'BRL', returnsLabel: 'Canceled orders' });
    expect(svg).toContain('>Canceled orders (shown below zero)<');
    expect(svg).toContain('Canceled orders R$12,346');
    expect(svg).toMatch(/>R\$\d+k</);
  });

  it('escapes the title', () => {
    const svg = monthlyRevenueChart(rows, { title: '<b>x</b> & "y"' });
    expect(svg).toContain('aria-label="&lt;b&gt;x&lt;/b&gt; &amp; &quot;y&quot;"');
    expect(svg).toContain('<title>&lt;b&gt;x&lt;/b&gt; &amp; "y"</title>');
  });

  it('says No data for empty rows', () => {
    expectNoDataSvg(monthlyRevenueChart([], options));
  });

  it('rejects a bad month or value', () => {
    expect(() => monthlyRevenueChart([{ month: '2010-13', gross: 1, returns: 0, net: 1 }])).toThrow(/invalid month/);
    expect(() => monthlyRevenueChart([{ month: '2010-01', gross: 1, returns: 0, net: Number.NaN }])).toThrow(/net/);
    expect(() => monthlyRevenueChart([rows[0]!, rows[0]!])).toThrow('one row per month');
  });

  it('labels long ranges by whole years', () => {
    const long = Array.from({ length: 150 }, (_, i) => ({
      month: `${2000 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
      gross: 100,
      returns: 0,
      net: 100,
    }));
    const ticks = [...monthlyRevenueChart(long).matchAll(/>(\w{3} \d{4})</g)].map((m) => m[1]);
    expect(ticks).toEqual(['Jan 2000', 'Jan 2002', 'Jan 2004', 'Jan 2006', 'Jan 2008', 'Jan 2010', 'Jan 2012']);
  });

  it('draws all-zero months as an empty axis', () => {
    const svg = monthlyRevenueChart([{ month: '2010-01', gross: 0, returns: 0, net: 0 }]);
    expect(svg).toMatch(/<rect[^>]* height="0"/);
  });
});

describe('partialRuns', () => {
  const months = ['2016-09', '2016-10', '2016-11', '2016-12', '2017-01', '2018-08', '2018-09', '2018-10'];
  it('marks each run of partial months once: its first month on the left, its last on the right', () => {
    expect(partialRuns(months, new Set(['2016-09', '2016-10', '2016-12', '2018-09', '2018-10']))).toEqual([
      { month: '2016-09', anchor: 'start' },
      { month: '2016-12', anchor: 'start' },
      { month: '2018-10', anchor: 'end' },
    ]);
  });
  it('marks nothing when no month is partial', () => {
    expect(partialRuns(months, new Set())).toEqual([]);
  });
});
