import { describe, expect, it } from 'vitest';
import { projectionScatterChart, type ProjectionPoint } from '../../src/charts/projectionScatterChart.ts';
import { segmentColor } from '../../src/charts/segmentColors.ts';
import { expectChartSvg, expectNoDataSvg } from './helpers.ts';

const points: ProjectionPoint[] = Array.from({ length: 30 }, (_, i) => ({ segment: 1 + (i % 3), x: (i % 3) * 2 + Math.sin(i) * 0.3, y: (i % 3) - 1 + Math.cos(i) * 0.3 }));
const options = { id: 'vitrine-projection', names: { 1: 'Active shops', 2: 'Lapsed shops', 3: 'Heavy returners' }, xLabel: 'Component 1: more orders', yLabel: 'Component 2: more returns' };

describe('projectionScatterChart', () => {
  it('renders a deterministic, accessible SVG', async () => {
    const svg = projectionScatterChart(points, options);
    expect(projectionScatterChart(points, options)).toBe(svg);
    expectChartSvg(svg, 'vitrine-projection');
    await expect(svg).toMatchFileSnapshot('__snapshots__/projectionScatterChart.svg');
  });

  it('colours segments consistently and labels their centres and axes', () => {
    const svg = projectionScatterChart(points, options);
    expect(svg).toContain(`fill="${segmentColor(3)}"`);
    expect(svg.match(/>Heavy returners<\/text>/g)).toHaveLength(2); // legend and centre
    expect(svg).toContain('↑ Component 2: more returns');
    expect(svg).toContain('Component 1: more orders →');
  });

  it('says No data for no points', () => {
    expectNoDataSvg(projectionScatterChart([], options));
  });
});
