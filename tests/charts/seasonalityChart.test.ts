import { describe, expect, it } from 'vitest';
import { seasonalityChart, type SeasonalityRow } from '../../src/charts/seasonalityChart.ts';
import { formatterFor } from '../../src/format/formatter.ts';
import { expectChartSvg, expectNoDataSvg } from './helpers.ts';

const rows: SeasonalityRow[] = [
  { series: '2010', x: 1, value: 600_000 }, { series: '2010', x: 2, value: 520_000 }, { series: '2010', x: 4, value: 640_000 },
  { series: '2011', x: 1, value: 560_000 }, { series: '2011', x: 2, value: 500_000 }, { series: '2011', x: 3, value: 700_000 },
];
const options = { id: 'vitrine-seasonality-month', title: 'Net revenue by month', xDomain: [1, 12] as [number, number], xTicks: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], xTickFormat: formatterFor().monthOfYear };

describe('seasonalityChart', () => {
  it('renders a deterministic, accessible SVG', async () => {
    const svg = seasonalityChart(rows, options);
    expect(seasonalityChart(rows, options)).toBe(svg);
    expectChartSvg(svg, 'vitrine-seasonality-month');
    await expect(svg).toMatchFileSnapshot('__snapshots__/seasonalityChart.svg');
  });

  it('draws one coloured line per series with a legend, and tooltips in the value format', () => {
    const svg = seasonalityChart(rows, options);
    expect(svg).toContain('>2010<');
    expect(svg).toContain('>2011<');
    expect(svg).toContain('2011, Mar\n£700,000');
    expect(svg).toContain('>Dec<');
  });

  it('leaves a gap where a point is missing (2010 has no March)', () => {
    const svg = seasonalityChart(rows, options);
    // Plot splits a line at NaN: the 2010 line has two pieces (M … L, then M again).
    const line2010 = /<g data-mark="line"[^>]*><path stroke="#2f6690" d="([^"]+)"/.exec(svg)![1]!;
    expect(line2010.match(/M/g)).toHaveLength(2);
  });

  it('says No data for empty rows and rejects non-numbers', () => {
    expectNoDataSvg(seasonalityChart([], options));
    expect(() => seasonalityChart([{ series: 'a', x: 1, value: Number.NaN }], options)).toThrow(/value/);
  });

  it('labels every 2nd month on a phone-wide chart, so the month names do not run together', () => {
    const tickLabels = (svg: string) => [.../<g data-mark="x-axis tick label"[^>]*>(.*?)<\/g>/s.exec(svg)![1]!.matchAll(/>([^<]+)<\/text>/g)].map((m) => m[1]);
    expect(tickLabels(seasonalityChart(rows, { ...options, width: 1040 }))).toHaveLength(12);
    expect(tickLabels(seasonalityChart(rows, { ...options, width: 350, xTickFormat: formatterFor('fr-FR').monthOfYear }))).toEqual(['janv.', 'mars', 'mai', 'juil.', 'sept.', 'nov.']);
  });
});
