import { describe, expect, it } from 'vitest';
import { backtestChart, type BacktestPoint } from '../../src/charts/backtestChart.ts';
import { expectChartSvg, expectNoDataSvg } from './helpers.ts';

const points: BacktestPoint[] = [
  { group: 'Smooth (120)', method: 'SES', value: 0.92, chosen: false },
  { group: 'Smooth (120)', method: 'Holt-Winters', value: 0.79, chosen: true },
  { group: 'Lumpy (900)', method: 'SES', value: 0.58, chosen: true },
  { group: 'Lumpy (900)', method: 'Holt-Winters', value: 1.31, chosen: false },
];
const options = { id: 'vitrine-stock-backtest', title: 'Forecast error relative to seasonal naive', methods: ['SES', 'Holt-Winters'] };

describe('backtestChart', () => {
  it('renders a deterministic, accessible SVG', async () => {
    const svg = backtestChart(points, options);
    expect(backtestChart(points, options)).toBe(svg);
    expectChartSvg(svg, 'vitrine-stock-backtest');
    await expect(svg).toMatchFileSnapshot('__snapshots__/backtestChart.svg');
  });

  it('marks the baseline at 1 and rings the chosen methods', () => {
    const svg = backtestChart(points, options);
    expect(svg).toContain('>seasonal naive<');
    expect(svg).toContain('Smooth (120): Holt-Winters\n0.79 × seasonal naive (chosen)');
    expect(svg.match(/r="8"/g)?.length).toBe(2);
  });

  it('wraps the legend at phone width and says No data without points', () => {
    const many = ['Seasonal naive', 'Simple exponential smoothing', 'Holt-Winters', 'Croston SBA', 'TSB'];
    const svg = backtestChart(many.map((method, i) => ({ group: 'All', method, value: 0.5 + i / 10, chosen: i === 1 })), { width: 400, methods: many });
    expect(svg).toContain('>TSB<');
    expectNoDataSvg(backtestChart([], options));
  });
});
