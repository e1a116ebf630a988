import { describe, expect, it } from 'vitest';
import { segmentProfileChart, type SegmentProfileRow } from '../../src/charts/segmentProfileChart.ts';
import { expectChartSvg, expectNoDataSvg, HOSTILE } from './helpers.ts';

const segments = ['Active high-value shops', 'Lapsed private buyers', HOSTILE];
const features: [string, (s: number) => string][] = [
  ['Days since last order', (s) => `${[18, 235, 276][s]} days`],
  ['Orders', (s) => String([10, 2, 1][s])],
  ['Net revenue', (s) => ['£3,613', '£413', '£94'][s]!],
];
const rows: SegmentProfileRow[] = segments.flatMap((name, s) =>
  features.map(([feature, text], f) => ({ segment: s + 1, name, feature, z: [[-1.6, 1.2, 1.1], [0.5, -0.4, -0.5], [0.45, -0.6, -2.3]][s]![f]!, text: text(s) })),
);

describe('segmentProfileChart', () => {
  it('renders a deterministic, accessible SVG', async () => {
    const svg = segmentProfileChart(rows, { id: 'vitrine-segment-profile', width: 1040 });
    expect(segmentProfileChart(rows, { id: 'vitrine-segment-profile', width: 1040 })).toBe(svg);
    expectChartSvg(svg, 'vitrine-segment-profile');
    await expect(svg).toMatchFileSnapshot('__snapshots__/segmentProfileChart.svg');
  });

  it('prints the typical value in each cell, coloured by the binned z-score', () => {
    const svg = segmentProfileChart(rows, { width: 1040 });
    expect(svg).toContain('>235 days</text>');
    // z = −2.3 is the darkest orange bin, z = 1.2 the second blue.
    expect(svg).toContain('fill="#b35806"');
    expect(svg).toContain('fill="#6baed6"');
    expect(svg).toContain('2.3 standard deviations below the average customer');
  });

  it('turns segments into numbered columns when the values would not fit', () => {
    const svg = segmentProfileChart(rows, { width: 260 });
    expect(svg).toContain('>1 Active high-value shops</text>');
    expect(svg).toContain('>Orders</text>');
  });

  it('says No data for no rows', () => {
    expectNoDataSvg(segmentProfileChart([]));
  });
});
