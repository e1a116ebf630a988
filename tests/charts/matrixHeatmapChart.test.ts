import { describe, expect, it } from 'vitest';
import { matrixHeatmapChart, type MatrixCell } from '../../src/charts/matrixHeatmapChart.ts';
import { HOSTILE, expectChartSvg, expectNoDataSvg } from './helpers.ts';

const cells: MatrixCell[] = [
  { column: '10:00', row: 'Monday', value: 120 }, { column: '11:00', row: 'Monday', value: 300 },
  { column: '10:00', row: 'Tuesday', value: 80 }, { column: '11:00', row: HOSTILE, value: 5 },
];
const options = { id: 'vitrine-seasonality-hour', title: 'Orders by weekday and hour', valueLabel: 'Orders', columns: ['10:00', '11:00'], rows: ['Monday', 'Tuesday', HOSTILE] };

describe('matrixHeatmapChart', () => {
  it('renders a deterministic, accessible SVG', async () => {
    const svg = matrixHeatmapChart(cells, options);
    expect(matrixHeatmapChart(cells, options)).toBe(svg);
    expectChartSvg(svg, 'vitrine-seasonality-hour');
    await expect(svg).toMatchFileSnapshot('__snapshots__/matrixHeatmapChart.svg');
  });

  it('labels rows and columns in the given order, escaped, with values in tooltips', () => {
    const svg = matrixHeatmapChart(cells, options);
    expect(svg.indexOf('>Monday<')).toBeLessThan(svg.indexOf('>Tuesday<'));
    expect(svg).toContain('Monday\n11:00: 300');
    expect(svg).not.toContain('<b>');
    expect(matrixHeatmapChart([{ column: 'Jan', row: 'a', value: 0.25 }], { format: 'percent' })).toContain('Jan: 25.0%');
  });

  it('says No data for empty cells', () => {
    expectNoDataSvg(matrixHeatmapChart([], options));
  });
});
