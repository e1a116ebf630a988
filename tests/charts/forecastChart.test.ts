import { describe, expect, it } from 'vitest';
import { forecastChart, type ForecastHistoryPoint, type ForecastPoint } from '../../src/charts/forecastChart.ts';
import { HOSTILE, expectChartSvg, expectNoDataSvg } from './helpers.ts';

const weekOf = (i: number) => new Date(Date.UTC(2011, 9, 3) + i * 7 * 86_400_000).toISOString().slice(0, 10);
const history: ForecastHistoryPoint[] = Array.from({ length: 9 }, (_, i) => ({ week: weekOf(i), units: i === 4 ? 0 : 100 + 10 * i }));
const forecast: ForecastPoint[] = [
  { week: weekOf(9), forecast: 150.4, lower: 90, upper: 210 },
  { week: weekOf(10), forecast: 120, lower: 60.2, upper: 190 },
  { week: weekOf(11), forecast: 0, lower: 0, upper: 0 },
];
const options = { id: 'vitrine-product-forecast', title: 'Weekly demand and forecast' };

describe('forecastChart', () => {
  it('renders a deterministic, accessible SVG', async () => {
    const svg = forecastChart({ history, forecast }, options);
    expect(forecastChart({ history, forecast }, options)).toBe(svg);
    expectChartSvg(svg, 'vitrine-product-forecast');
    await expect(svg).toMatchFileSnapshot('__snapshots__/forecastChart.svg');
  });

  it('draws a bar per past week with demand, the forecast line and its interval band', () => {
    const svg = forecastChart({ history, forecast }, options);
    expect(svg.match(/<rect [^>]*fill-opacity="0.7"/g)?.length).toBe(8);
    expect(svg).toContain('<polygon');
    expect(svg).toContain('<polyline');
    expect(svg).toContain('forecast 150 units (80% interval 90–210)');
    expect(svg).toContain('>Nov<');
  });

  it('escapes the title and rejects bad weeks', () => {
    const svg = forecastChart({ history, forecast }, { ...options, title: HOSTILE });
    expect(svg).not.toContain('<b>');
    expect(() => forecastChart({ history: [{ week: '2011-13-01x', units: 1 }], forecast: [] })).toThrow(/invalid week/);
  });

  it('says No data for nothing to draw', () => {
    expectNoDataSvg(forecastChart({ history: [], forecast: [] }, options));
  });
});
