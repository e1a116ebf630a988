import { describe, expect, it } from 'vitest';
import { rankedBarChart, type RankedBarRow } from '../../src/charts/rankedBarChart.ts';
import { textWidth } from '../../src/charts/textWidth.ts';
import { FORMULA, HOSTILE, expectChartSvg, expectNoDataSvg, barLabels } from './helpers.ts';

const rows: RankedBarRow[] = [
  { label: 'WHITE HANGING HEART T-LIGHT HOLDER', value: 151_339.16, href: '/products/85123a/' },
  { label: HOSTILE, value: 80_000.5, href: 'javascript:alert(1)' },
  { label: FORMULA, value: 53_333.333, href: 'https://example.com/?a=1&b=2' },
  { label: 'SET OF 3 CAKE TINS PANTRY DESIGN WITH A VERY LONG NAME', value: 12.5 },
];

describe('rankedBarChart', () => {
  const options = { id: 'vitrine-products-best', title: 'Best sellers', valueLabel: 'Net revenue', format: 'money' as const };

  it('renders a deterministic, accessible SVG', async () => {
    const svg = rankedBarChart(rows, options);
    expect(rankedBarChart(rows, options)).toBe(svg);
    expectChartSvg(svg, 'vitrine-products-best');
    await expect(svg).toMatchFileSnapshot('__snapshots__/rankedBarChart.svg');
  });

  it('escapes labels from the data', () => {
    const svg = rankedBarChart(rows, options);
    expect(svg).not.toContain('<b>');
    expect(svg).toContain('&lt;b&gt;BOLD&lt;/b&gt; TEA TOWEL &amp; "QUOTE"');
    expect(svg).toContain('>=SUM(A1)<');
  });

  it('links safe hrefs, escaped, and drops javascript: ones', () => {
    const svg = rankedBarChart(rows, options);
    expect(svg).toMatch(/<a [^>]*href="\/products\/85123a\/"/);
    expect(svg).toMatch(/<a [^>]*href="https:\/\/example.com\/\?a=1&amp;b=2"/);
    expect(svg).not.toContain('javascript');
    expect(svg.match(/<a /g)).toHaveLength(2);
  });

  it('cuts long labels to 32 characters and keeps the full text in a title', () => {
    const svg = rankedBarChart(rows, options);
    expect(svg).toContain('>SET OF 3 CAKE TINS PANTRY DESIG…<title>SET OF 3 CAKE TINS PANTRY DESIGN WITH A VERY LONG NAME</title>');
  });

  it('makes the left margin as wide as the longest label, so none is clipped', () => {
    const wide = [
      { label: 'WOODEN TREE CHRISTMAS SCANDINAVIAN', value: 3 },
      { label: 'HOLDER RETROSPOT BUNTING', code: '47566B', value: 2 },
      { label: 'WWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWW', value: 1 },
    ];
    for (const width of [240, 400, 480, 640, 860]) {
      const labels = barLabels(rankedBarChart(wide, { ...options, width }));
      expect(labels).toHaveLength(3);
      for (const { left, right } of labels) {
        expect(left).toBeGreaterThanOrEqual(0);
        expect(right).toBeLessThanOrEqual(width);
      }
    }
    expect(barLabels(rankedBarChart(wide, { ...options, width: 860 }))[0]!.text).toBe('WOODEN TREE CHRISTMAS SCANDINAV…');
  });

  it('puts labels above their bars on narrow charts, cut to the width and keeping the code whole', () => {
    const row = { label: 'HOLDER RETROSPOT BUNTING WITH A VERY LONG NAME', code: '47566B', value: 1 };
    expect(barLabels(rankedBarChart([row], { ...options, width: 400 }))[0]!.text).toBe('HOLDER RETROSPOT BUNTING WITH A… (47566B)');
    expect(barLabels(rankedBarChart([row], { ...options, width: 200 }))[0]!.text).toMatch(/^HOLDER RETRO.*… \(47566B\)$/);
  });

  it('keeps short labels beside their bars on narrow charts', () => {
    const svg = rankedBarChart([{ label: 'Dec 2010', value: 1 }], { ...options, width: 400 });
    expect(svg).toMatch(/<g data-mark="text" text-anchor="end"[^>]*><text[^>]*>Dec 2010</);
  });

  it('shows the code after the label, so products that share a description stay apart', () => {
    const svg = rankedBarChart([{ label: 'PARTY BUNTING', code: '47566', value: 2 }, { label: 'PARTY BUNTING', code: '47566B', value: 1.5 }], options);
    expect(barLabels(svg).map((l) => l.text)).toEqual(['PARTY BUNTING (47566)', 'PARTY BUNTING (47566B)']);
    expect(svg).toContain('<title>PARTY BUNTING (47566B)\n£1.50</title>');
  });

  it('prints exact values at the bar ends and grows with the rows', () => {
    const svg = rankedBarChart(rows, options);
    expect(svg).toContain('>£151,339<');
    expect(svg).toContain('>£12.50<');
    const height = (s: string) => Number(/ height="(\d+)"/.exec(s)![1]);
    expect(height(rankedBarChart([...rows, ...rows], options))).toBeGreaterThan(height(svg));
  });

  it('formats counts and percentages', () => {
    expect(rankedBarChart([{ label: 'a', value: 1234567 }], { format: 'count' })).toContain('>1,234,567<');
    expect(rankedBarChart([{ label: 'a', value: 0.125 }], { format: 'percent' })).toContain('>12.5%<');
    expect(rankedBarChart([{ label: '22753', code: 'RJ', value: 2.8085 }], { format: 'decimal' })).toContain('>2.81<');
    expect(rankedBarChart([{ label: 'a', value: 1 }], { format: 'money', currency: 'BRL' })).toContain('>R$1<');
  });

  it('handles negative values', () => {
    const svg = rankedBarChart([{ label: 'loss', value: -500 }, { label: 'gain', value: 1000 }], options);
    expect(svg).toContain('>−£500<');
  });

  it('draws all-zero values as empty bars', () => {
    const svg = rankedBarChart([{ label: 'a', value: 0 }], options);
    expect(svg).toMatch(/<rect[^>]* width="0"/);
  });

  it('says No data for empty rows', () => {
    expectNoDataSvg(rankedBarChart([], options));
  });

  it('rejects bad options', () => {
    expect(() => rankedBarChart(rows, { format: 'euros' as never })).toThrow('invalid format: euros');
    expect(() => rankedBarChart(rows, { tone: 'pink' as never })).toThrow('invalid tone: pink');
  });

  it('cuts a value label longer than a phone-wide chart, from the left edge', () => {
    const valueLabel = 'Chiffre d’affaires net moyen des jours où la boutique a vendu';
    const label = (width: number) => /<g data-mark="x-axis label"[^>]*><text[^>]*>([^<]*)<\/text>/.exec(rankedBarChart([{ label: 'Lundi', value: 3 }], { width, valueLabel }))![1]!;
    expect(label(860)).toBe(`${valueLabel} →`);
    const narrow = label(350);
    expect(narrow).toMatch(/^Chiffre d’affaires net moyen .*… →$/);
    expect(textWidth(narrow)).toBeLessThanOrEqual(350 - 3);
  });
});
