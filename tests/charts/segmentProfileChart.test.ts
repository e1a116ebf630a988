import { describe, expect, it } from 'vitest';
import { segmentProfileChart, type SegmentProfileRow } from '../../src/charts/segmentProfileChart.ts';
import { labelWidth } from '../../src/charts/projectionScatterChart.ts';
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

// The real report's French labels: ten segments, five features.
const frenchNames = [
  'Clients actifs à forte valeur (surtout des revendeurs)', 'Revendeurs inactifs', 'Revendeurs actifs', 'Clients inactifs à forte valeur (surtout des revendeurs)',
  'Clients en veille à forte valeur (surtout des revendeurs)', 'Particuliers inactifs à faible valeur', 'Particuliers actifs', 'Revendeurs en veille', 'Particuliers en veille', 'Clients à fort taux de retour',
];
const frenchFeatures = ['Jours depuis la dernière commande', 'Commandes', 'Chiffre d’affaires net', 'Part de la valeur retournée', 'Revendeur (achat professionnel)'];
const frenchValues = [
  ['16 jours', '409 jours', '44 jours', '290 jours', '114 jours', '403 jours', '31 jours', '133 jours', '145 jours', '270 jours'],
  ['10', '2', '2', '12', '9', '2', '3', '3', '3', '1'],
  ['3\u202f555\u00a0£', '474\u00a0£', '610\u00a0£', '4\u202f547\u00a0£', '3\u202f639\u00a0£', '300\u00a0£', '649\u00a0£', '790\u00a0£', '652\u00a0£', '70,40\u00a0£'],
  ['0,8\u00a0%', '0,0\u00a0%', '0,0\u00a0%', '1,4\u00a0%', '0,8\u00a0%', '0,0\u00a0%', '0,0\u00a0%', '0,0\u00a0%', '0,0\u00a0%', '75,5\u00a0%'],
  ['77,7\u00a0%', '100,0\u00a0%', '100,0\u00a0%', '84,8\u00a0%', '84,7\u00a0%', '0,0\u00a0%', '0,0\u00a0%', '100,0\u00a0%', '0,0\u00a0%', '70,4\u00a0%'],
];
const french: SegmentProfileRow[] = frenchNames.flatMap((name, s) => frenchFeatures.map((feature, f) => ({ segment: s + 1, name, feature, z: ((s * 5 + f) % 7) / 2 - 1.5, text: frenchValues[f]![s]! })));

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

  it('numbers the segments when their names leave no room for the values', () => {
    const svg = segmentProfileChart(rows, { width: 260 });
    expect(svg).toContain('>1 Active high-value shops</text>');
    expect(svg).toContain('>Orders</text>');
  });

  it('turns features into rows, their names on up to two lines, when even numbered columns are too narrow', () => {
    const many = rows.flatMap((row) => [0, 1, 2].map((i) => ({ ...row, feature: `${row.feature} (${i})` })));
    const svg = segmentProfileChart(many, { width: 350 });
    expect(svg).toContain('>Days since last order</tspan><tspan x="0" dy="1em">(0)</tspan>');
  });

  it('formats the legend edges in the locale', () => {
    const fr = segmentProfileChart(rows, { width: 1040, locale: 'fr-FR' });
    for (const edge of ['−1,5', '−0,75', '−0,25', '+0,25', '+0,75', '+1,5']) expect(fr).toContain(`>${edge}</text>`);
    expect(fr).not.toMatch(/>[−+]\d\.\d+<\/text>/);
    expect(segmentProfileChart(rows, { width: 1040 })).toContain('>−0.75</text>');
  });

  it('shows every value and whole labels at page width and at 350 px (ten French segments)', () => {
    for (const width of [1040, 350]) {
      const svg = segmentProfileChart(french, { width, locale: 'fr-FR' });
      const texts = [...svg.matchAll(/>([^<>]*)<\/(?:text|tspan)>/g)].map((m) => m[1]!);
      expect(texts.filter((t) => t.includes('…')), `at ${width}`).toEqual([]);
      for (const value of ['16 jours', '3\u202f555\u00a0£', '100,0\u00a0%', '70,40\u00a0£']) expect(texts).toContain(value);
      // Every header line fits its column.
      const columns = (width - (width === 350 ? 43 : 0)) / 5;
      for (const t of texts.filter((t) => frenchFeatures.some((f) => f.replace(/-/g, '').includes(t.replace(/-$/, ''))))) expect(labelWidth(t)).toBeLessThanOrEqual(columns);
    }
    // At 350, segments are numbered rows keyed in a legend, features stay columns.
    const narrow = segmentProfileChart(french, { width: 350, locale: 'fr-FR' });
    expect(narrow).toContain('>1 Clients actifs à forte valeur (surtout des revendeurs)</text>');
    expect(narrow).toContain('>Jours</tspan><tspan x="0" dy="1em">depuis la</tspan>');
    expect(narrow).toContain('>Com-</tspan><tspan x="0" dy="1em">mandes</tspan>');
  });

  it('says No data for no rows', () => {
    expectNoDataSvg(segmentProfileChart([]));
  });
});
