import { describe, expect, it } from 'vitest';
import { modelScoreChart, type ModelScoreRow } from '../../src/charts/modelScoreChart.ts';
import { expectChartSvg, expectNoDataSvg, HOSTILE } from './helpers.ts';

const rows: ModelScoreRow[] = [2, 3, 4, 5, 6].flatMap((k) => [
  { family: 'k-means', k, value: 0.3 + (k === 4 ? 0.05 : 0.01 * k), chosen: k === 4 },
  { family: 'gaussian-mixture', k, value: 0.2 + 0.01 * k },
]);
const options = { id: 'vitrine-silhouette', valueLabel: 'Silhouette', better: 'higher' as const, baseline: { label: 'RFM groups: 0.054', value: 0.054 }, familyLabels: { 'gaussian-mixture': 'Gaussian mixture' } };

describe('modelScoreChart', () => {
  it('renders a deterministic, accessible SVG', async () => {
    const svg = modelScoreChart(rows, options);
    expect(modelScoreChart(rows, options)).toBe(svg);
    expectChartSvg(svg, 'vitrine-silhouette');
    await expect(svg).toMatchFileSnapshot('__snapshots__/modelScoreChart.svg');
  });

  it('says which way is better, marks the chosen model and draws the baseline', () => {
    const svg = modelScoreChart(rows, options);
    expect(svg).toContain('Silhouette (higher is better ↑)');
    expect(svg).toContain('>chosen</text>');
    expect(svg).toContain('RFM groups: 0.054');
    expect(svg).toContain('>Gaussian mixture</text>');
    expect(modelScoreChart(rows, { ...options, better: 'lower' })).toContain('(lower is better ↓)');
  });

  it('skips missing values, escapes labels and says No data when nothing is left', () => {
    expect(modelScoreChart([{ family: 'k-means', k: 2, value: null }, ...rows], options)).toContain('k = 2');
    expect(modelScoreChart(rows, { ...options, valueLabel: HOSTILE })).not.toContain('<b>');
    expectNoDataSvg(modelScoreChart([{ family: 'k-means', k: 2, value: null }], options));
  });
});
