import { describe, expect, it } from 'vitest';
import { modelScoreChart, type ModelScoreRow } from '../../src/charts/modelScoreChart.ts';
import { expectChartSvg, expectNoDataSvg, HOSTILE } from './helpers.ts';

const rows: ModelScoreRow[] = [2, 3, 4, 5, 6].flatMap((k) => [
  { family: 'k-means', k, value: 0.3 + (k === 4 ? 0.05 : 0.01 * k), chosen: k === 4 },
  { family: 'gaussian-mixture', k, value: 0.2 + 0.01 * k },
]);
const options = { id: 'vitrine-silhouette', valueLabel: 'Silhouette', better: 'higher' as const, baseline: { label: 'RFM groups: 0.054', value: 0.054 }, familyLabels: { 'gaussian-mixture': 'Gaussian mixture' } };

const yTicks = (svg: string) => [...svg.match(/<g data-mark="y-axis tick label".*?<\/g>/s)![0].matchAll(/>([^<]+)<\/text>/g)].map((m) => m[1]!);

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

  it('speaks French: decimal commas on the axis, the chosen model "retenu"', () => {
    const svg = modelScoreChart(rows, { ...options, locale: 'fr-FR' });
    const ticks = yTicks(svg);
    expect(ticks).toContain('0,05');
    expect(ticks.every((t) => /^\d,\d\d$/.test(t))).toBe(true); // one format for every tick: 0,00 … 0,40
    expect(svg).not.toMatch(/>\d+\.\d+<\/text>/);
    expect(svg).toContain('>retenu</text>');
    expect(svg).not.toContain('chosen');
    // Thousands as French writes them.
    const elbow = modelScoreChart(rows.map((r) => ({ ...r, value: r.value! * 60000 })), { ...options, locale: 'fr-FR', baseline: null });
    expect(yTicks(elbow)).toContain('20\u202f000');
  });

  it('draws a phone version at 350 px with the legend from the left edge', () => {
    const svg = modelScoreChart(rows, { ...options, width: 350, locale: 'fr-FR' });
    expect(svg).toMatch(/viewBox="0 0 350 /);
    expect(svg).toMatch(/<rect x="8" y="[\d.]+" width="10" height="10"/);
  });

  it('skips missing values, escapes labels and says No data when nothing is left', () => {
    expect(modelScoreChart([{ family: 'k-means', k: 2, value: null }, ...rows], options)).toContain('k = 2');
    expect(modelScoreChart(rows, { ...options, valueLabel: HOSTILE })).not.toContain('<b>');
    expectNoDataSvg(modelScoreChart([{ family: 'k-means', k: 2, value: null }], options));
  });
});
