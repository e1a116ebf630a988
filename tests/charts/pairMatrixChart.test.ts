import { describe, expect, it } from 'vitest';
import { pairMatrixChart, type PairCell } from '../../src/charts/pairMatrixChart.ts';
import { HOSTILE, expectChartSvg, expectNoDataSvg } from './helpers.ts';

// Two groups: three herb markers that go together, and a pair of tea plates.
const cells: PairCell[] = [
  { row: 'HERB MARKER THYME', column: 'HERB MARKER ROSEMARY', value: 146.1 },
  { row: 'HERB MARKER ROSEMARY', column: 'HERB MARKER THYME', value: 146.1 },
  { row: 'HERB MARKER THYME', column: 'HERB MARKER MINT', value: 136.9 },
  { row: 'HERB MARKER MINT', column: 'HERB MARKER THYME', value: 136.9 },
  { row: 'REGENCY TEA PLATE GREEN', column: 'REGENCY TEA PLATE PINK', value: 94.5 },
  { row: 'REGENCY TEA PLATE PINK', column: 'REGENCY TEA PLATE GREEN', value: 94.5 },
];
const options = { id: 'vitrine-basket-pair-matrix', title: 'Lift of the strongest product pairs', valueLabel: 'Lift (× chance)', width: 860 };

describe('pairMatrixChart', () => {
  it('renders a deterministic, accessible SVG', async () => {
    const svg = pairMatrixChart(cells, options);
    expect(pairMatrixChart(cells, options)).toBe(svg);
    expectChartSvg(svg, 'vitrine-basket-pair-matrix');
    await expect(svg).toMatchFileSnapshot('__snapshots__/pairMatrixChart.svg');
  });

  it('numbers the products in order of first appearance and prints each value', () => {
    const svg = pairMatrixChart(cells, options);
    expect(svg).toContain('>1  HERB MARKER THYME<');
    expect(svg).toContain('>4  REGENCY TEA PLATE GREEN<');
    for (const text of ['146×', '137×', '95×']) expect(svg).toContain(`>${text}<`);
    expect(svg).toContain('HERB MARKER THYME → HERB MARKER MINT: 137×'); // tooltip
  });

  it('follows the order it is given, and takes its legend from the values', () => {
    const svg = pairMatrixChart(cells, { ...options, order: ['REGENCY TEA PLATE PINK'] });
    expect(svg).toContain('>1  REGENCY TEA PLATE PINK<');
    expect(svg).toContain('>Lift (× chance)<');
    expect(svg).toContain('>100×<'); // a bin edge between 94.5 and 146.1
  });

  it('leaves the numbers out when the cells get too small to hold them', () => {
    const many = Array.from({ length: 30 }, (_, i) => ({ row: `P${i}`, column: `P${(i + 1) % 30}`, value: 10 + i }));
    expect(pairMatrixChart(many, { ...options, width: 400 })).not.toContain('>10×<');
  });

  it('keeps one colour per legend bin when d3 returns more ticks than colours', () => {
    // ticks(2.1, 16, 6) gives 4, 6, …, 16: seven thresholds for seven colours (eight bins).
    const cells: PairCell[] = [2.1, 5, 9, 16].map((value, i) => ({ row: `R${i}`, column: `C${i}`, value }));
    expect(() => pairMatrixChart(cells, { id: 'ticks' })).not.toThrow();
  });

  it('escapes labels and says No data for no cells', () => {
    const svg = pairMatrixChart([{ row: HOSTILE, column: 'x', value: 2 }], options);
    expect(svg).not.toContain('<b>');
    expectNoDataSvg(pairMatrixChart([], options));
  });
});
