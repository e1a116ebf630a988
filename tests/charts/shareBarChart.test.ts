import { describe, expect, it } from 'vitest';
import { shareBarChart, type ShareBarRow } from '../../src/charts/shareBarChart.ts';
import { HOSTILE, expectChartSvg, expectNoDataSvg } from './helpers.ts';

const rows: ShareBarRow[] = [
  { series: 'Customers', label: 'Private', value: 4100 },
  { series: 'Customers', label: 'Shop', value: 1900 },
  { series: 'Net revenue', label: 'Private', value: 3_000_000 },
  { series: 'Net revenue', label: 'Shop', value: 9_000_000 },
];

describe('shareBarChart', () => {
  const options = { id: 'vitrine-customer-types', title: 'Private and shop customers' };

  it('renders a deterministic, accessible SVG', async () => {
    const svg = shareBarChart(rows, options);
    expect(shareBarChart(rows, options)).toBe(svg);
    expectChartSvg(svg, 'vitrine-customer-types');
    await expect(svg).toMatchFileSnapshot('__snapshots__/shareBarChart.svg');
  });

  it('prints each segment share of its own bar', () => {
    const svg = shareBarChart(rows, options);
    for (const text of ['68.3%', '31.7%', '25%', '75%']) expect(svg).toContain(`>${text}<`);
    expect(svg).toContain('>Customers<');
    expect(svg).toContain('>Net revenue<');
  });

  it('draws a single bar without series names', () => {
    const svg = shareBarChart([{ label: 'Private', value: 1 }, { label: 'Shop', value: 3 }], options);
    expect(svg).toContain('>25%<');
    expect(svg).toContain('>75%<');
    expect(svg).toContain('>Private<');
  });

  it('leaves out labels of slivers too thin to hold them', () => {
    const svg = shareBarChart([{ label: 'Big', value: 999 }, { label: 'Tiny', value: 1 }], options);
    expect(svg).toContain('>99.9%<');
    expect(svg).not.toContain('>0.1%<');
    expect(svg).toContain('0.1% (1)'); // still in the tooltip
  });

  it('wraps a long legend onto rows, each name whole up to 48 characters, and makes room for them', () => {
    const names = Array.from({ length: 12 }, (_, i) => `Lapsed one-order customers, outside São Paulo ${i}`);
    const many = names.map((label, i) => ({ label, value: 12 - i }));
    const svg = shareBarChart(many, { width: 640 });
    for (const name of names) expect(svg).toContain(`>${name.slice(0, 47)}`);
    const legendRows = new Set([...svg.matchAll(/<text x="[\d.]+" y="([\d.]+)" dy="0.32em">Lapsed/g)].map((m) => m[1]));
    expect(legendRows.size).toBeGreaterThanOrEqual(6);
    const height = (s: string) => Number(/height="([\d.]+)"/.exec(s)![1]);
    expect(height(svg)).toBeGreaterThan(height(shareBarChart(many.slice(0, 1), { width: 640 })) + 5 * 16 - 1);
  });

  it('escapes labels', () => {
    const svg = shareBarChart([{ series: HOSTILE, label: HOSTILE, value: 1 }], options);
    expect(svg).not.toContain('<b>');
    expect(svg).toContain('&lt;b&gt;BOLD&lt;/b&gt;');
  });

  it('says No data for empty rows or all-zero values', () => {
    expectNoDataSvg(shareBarChart([], options));
    expectNoDataSvg(shareBarChart([{ label: 'a', value: 0 }], options));
  });

  it('rejects colours that are not hex', () => {
    expect(() => shareBarChart(rows, { colors: ['red;x'] })).toThrow('colors must be hex colours');
  });
});
