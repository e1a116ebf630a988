import { describe, expect, it } from 'vitest';
import { ariOverTimeChart, type AriOverTimeRow } from '../../src/charts/ariOverTimeChart.ts';
import { labelWidth } from '../../src/charts/projectionScatterChart.ts';
import { expectChartSvg } from './helpers.ts';

const yTicks = (svg: string) => [...svg.match(/<g data-mark="y-axis tick label".*?<\/g>/s)![0].matchAll(/>([^<]+)<\/text>/g)].map((m) => m[1]!);

const rows: AriOverTimeRow[] = ['2010-06-01', '2010-08-31'].flatMap((t0, i) => [2, 4, 6, 8].map((weeks) => ({ t0, weeks, ari: 1 - weeks * (0.02 + i * 0.01) })));
const options = { id: 'vitrine-refit', threshold: 0.8, refitWeeks: 6 };

describe('ariOverTimeChart', () => {
  it('renders a deterministic, accessible SVG', async () => {
    const svg = ariOverTimeChart(rows, options);
    expect(ariOverTimeChart(rows, options)).toBe(svg);
    expectChartSvg(svg, 'vitrine-refit');
    await expect(svg).toMatchFileSnapshot('__snapshots__/ariOverTimeChart.svg');
  });

  it('draws the threshold and marks the recommended refit interval', () => {
    const svg = ariOverTimeChart(rows, options);
    expect(svg).toContain('0.8: time to refit');
    expect(svg).toContain('refit every 6 weeks');
    expect(svg).toContain('Model from Aug 2010, 8 weeks later: ARI 0.76');
  });

  it('labels the rule as told: the same-data noise floor', () => {
    const svg = ariOverTimeChart(rows, { ...options, threshold: 0.9, thresholdLabel: '0.90: same-data noise floor' });
    expect(svg).toContain('0.90: same-data noise floor');
    expect(svg).not.toContain('time to refit');
  });

  it('writes the axis in the locale: 0,5 … 1,0 in French', () => {
    const svg = ariOverTimeChart(rows, { ...options, locale: 'fr-FR' });
    const ticks = yTicks(svg);
    expect(ticks).toEqual(['0,5', '0,6', '0,7', '0,8', '0,9', '1,0']);
    expect(svg).not.toMatch(/>[01]\.\d<\/text>/);
    expect(yTicks(ariOverTimeChart(rows, options))).toContain('0.5');
  });

  it('draws a phone version at 350 px: header wrapped, nothing wider than the chart', () => {
    const svg = ariOverTimeChart(rows, { ...options, width: 350, locale: 'fr-FR' });
    expect(svg).toMatch(/viewBox="0 0 350 /);
    const title = svg.match(/<text[^>]*data-mark="y-axis title">(.*?)<\/text>/s)![1]!;
    const lines = title.split(/<tspan[^>]*>/).map((l) => l.replace(/<\/tspan>/g, ''));
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe('Accord avec un recalcul (indice de Rand ajusté\u00a0; 1 = les mêmes segments)');
    for (const line of lines) expect(3 + labelWidth(line)).toBeLessThanOrEqual(350);
  });

  it('explains an empty simulation and rejects bad dates', () => {
    expect(ariOverTimeChart([], options)).toContain('Not enough history to simulate refits');
    expect(() => ariOverTimeChart([{ t0: 'June', weeks: 2, ari: 1 }], options)).toThrow(/invalid t0/);
  });
});
