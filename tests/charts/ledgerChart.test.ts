import { describe, expect, it } from 'vitest';
import { ledgerChart, type LedgerRow } from '../../src/charts/ledgerChart.ts';
import { HOSTILE, barLabels, expectChartSvg, expectNoDataSvg } from './helpers.ts';

const rows: LedgerRow[] = [
  { rule: 'Valid sale line', kind: 'kept', rows: 1_033_036 },
  { rule: 'Return / cancellation', kind: 'kept', rows: 19_494 },
  { rule: 'Exact duplicate line', kind: 'excluded', rows: 34_335 },
  { rule: HOSTILE, kind: 'excluded', rows: 5 },
  { rule: 'Test line', kind: 'excluded', rows: 1 },
];

describe('ledgerChart', () => {
  const options = { id: 'vitrine-quality-ledger', title: 'Rows per data-quality rule' };

  it('renders a deterministic, accessible SVG', async () => {
    const svg = ledgerChart(rows, options);
    expect(ledgerChart(rows, options)).toBe(svg);
    expectChartSvg(svg, 'vitrine-quality-ledger');
    await expect(svg).toMatchFileSnapshot('__snapshots__/ledgerChart.svg');
  });

  it('cuts long rule names to the room left of the bars, so none is clipped', () => {
    const long = [...rows, { rule: 'negative_quantity_outside_cancellation', kind: 'excluded' as const, rows: 3 }];
    for (const width of [400, 860]) {
      const labels = barLabels(ledgerChart(long, { ...options, width }));
      expect(labels).toHaveLength(long.length);
      for (const { left } of labels) expect(left).toBeGreaterThanOrEqual(0);
    }
  });

  it('labels fewer powers of ten on a narrow chart, so tick labels do not touch', () => {
    const tickLabels = (svg: string) => [.../<g data-mark="x-axis tick label"[^>]*>(.*?)<\/g>/s.exec(svg)![1]!.matchAll(/>([^<]+)<\/text>/g)].map((m) => m[1]);
    expect(tickLabels(ledgerChart(rows, options))).toEqual(['1', '10', '100', '1k', '10k', '100k', '1m', '10m']);
    expect(tickLabels(ledgerChart(rows, { ...options, width: 400 }))).toEqual(['1', '100', '10k', '1m']);
  });

  it('prints the exact count at each bar end', () => {
    const svg = ledgerChart(rows, options);
    for (const text of ['1,033,036', '19,494', '34,335', '5', '1']) expect(svg).toContain(`>${text}<`);
  });

  it('uses power-of-ten ticks up to the largest count', () => {
    const svg = ledgerChart(rows, options);
    for (const tick of ['1', '10', '100', '1k', '10k', '100k', '1m', '10m']) expect(svg).toContain(`>${tick}</text>`);
    expect(svg).not.toContain('>100M<');
  });

  it('colours kept and excluded differently, with a legend', () => {
    const svg = ledgerChart(rows, options);
    expect(svg).toContain('fill="#2f6690"');
    expect(svg).toContain('fill="#c9954c"');
    expect(svg).toContain('>Kept<');
    expect(svg).toContain('>Excluded<');
  });

  it('escapes rule names', () => {
    expect(ledgerChart(rows, options)).toContain('&lt;b&gt;BOLD&lt;/b&gt; TEA TOWEL &amp; "QUOTE"');
  });

  it('draws a zero count without crashing', () => {
    expect(ledgerChart([{ rule: 'none', kind: 'excluded', rows: 0 }], options)).toContain('>0<');
  });

  it('says No data for empty rows', () => {
    expectNoDataSvg(ledgerChart([], options));
  });

  it('rejects a bad kind or count', () => {
    expect(() => ledgerChart([{ rule: 'x', kind: 'maybe' as never, rows: 1 }])).toThrow('invalid kind');
    expect(() => ledgerChart([{ rule: 'x', kind: 'kept', rows: -1 }])).toThrow('negative rows');
  });
});
