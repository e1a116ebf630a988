import { describe, expect, it } from 'vitest';
import { boxesOverlap, labelBox, labelWidth, projectionScatterChart, wrapLabel, type ProjectionPoint } from '../../src/charts/projectionScatterChart.ts';
import { segmentColor } from '../../src/charts/segmentColors.ts';
import { expectChartSvg, expectNoDataSvg } from './helpers.ts';

const points: ProjectionPoint[] = Array.from({ length: 30 }, (_, i) => ({ segment: 1 + (i % 3), x: (i % 3) * 2 + Math.sin(i) * 0.3, y: (i % 3) - 1 + Math.cos(i) * 0.3 }));
const options = { id: 'vitrine-projection', names: { 1: 'Active shops', 2: 'Lapsed shops', 3: 'Heavy returners' }, xLabel: 'Component 1: more orders', yLabel: 'Component 2: more returns' };

// Ten segments with long French names, their centres close together as on the real report.
const longNames: Record<number, string> = {
  1: 'Clients actifs à forte valeur (surtout des revendeurs)', 2: 'Revendeurs inactifs', 3: 'Revendeurs actifs', 4: 'Clients inactifs à forte valeur (surtout des revendeurs)',
  5: 'Clients en veille à forte valeur (surtout des revendeurs)', 6: 'Particuliers inactifs à faible valeur', 7: 'Particuliers actifs', 8: 'Revendeurs en veille',
  9: 'Particuliers en veille', 10: 'Clients à fort taux de retour',
};
const centresAt: [number, number][] = [[1.7, 0.3], [-1.2, 0.2], [-0.2, 0.25], [0.8, 0.28], [1.0, 0.3], [-1.7, -1.1], [-0.1, -1.1], [-0.5, 0.25], [-0.6, -1.1], [-1.4, 5.5]];
const crowded: ProjectionPoint[] = centresAt.flatMap(([x, y], s) => Array.from({ length: 12 }, (_, i) => ({ segment: s + 1, x: x + Math.sin(i * 7 + s) * 0.4, y: y + Math.cos(i * 5 + s) * 0.2 })));
const frenchAxis = 'Composante 1 (45,9\u00a0% des différences)\u00a0: chiffre d’affaires net en hausse, plus de commandes';

/** The centre labels with their positions, from the `segment labels` group. */
function centreLabels(svg: string): { text: string; x: number; y: number }[] {
  const group = svg.match(/<g data-mark="segment labels"[^>]*>(.*?)<\/g>/s)![1]!;
  return [...group.matchAll(/<text x="([\d.]+)" y="([\d.]+)"[^>]*>([^<]*)/g)].map(([, x, y, text]) => ({ text: text!, x: Number(x), y: Number(y) }));
}

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

  it('keeps centre labels apart, keying them by number when the names would run into each other', () => {
    for (const width of [1040, 350]) {
      const svg = projectionScatterChart(crowded, { id: 'crowded', names: longNames, locale: 'fr-FR', width });
      const labels = centreLabels(svg);
      // Names where they all find room (here at 1040), else numbers; never a mix.
      const texts = labels.map((l) => l.text).sort();
      expect([Object.keys(longNames).sort(), Object.values(longNames).sort()]).toContainEqual(texts);
      if (width === 350) expect(texts).toEqual(Object.keys(longNames).sort());
      for (const [i, a] of labels.entries()) for (const b of labels.slice(i + 1)) expect(boxesOverlap(labelBox(a), labelBox(b)), `${a.text} / ${b.text} at ${width}`).toBe(false);
      // Inside the chart, and the legend says which number is which.
      for (const label of labels) expect(labelBox(label).left).toBeGreaterThanOrEqual(0);
      for (const label of labels) expect(labelBox(label).right).toBeLessThanOrEqual(width);
      if (texts[0] === '1') {
        expect(svg).toContain('>2 Revendeurs inactifs</text>');
        expect(svg).toContain('>8<title>Revendeurs en veille</title></text>');
      }
    }
    // Centres close on an axis stretched by outliers, as on the real report: numbers at page width too.
    const tight = [...crowded, { segment: 1, x: 20, y: 0 }, { segment: 2, x: -20, y: 0 }];
    expect(centreLabels(projectionScatterChart(tight, { names: longNames, width: 1040 })).map((l) => l.text)).toContain('10');
  });

  it('gives phones a narrow version: legend, titles and axis label wrapped within 350 px', () => {
    const svg = projectionScatterChart(crowded, { id: 'crowded', names: longNames, locale: 'fr-FR', width: 350, xLabel: frenchAxis, yLabel: frenchAxis });
    expect(svg).toMatch(/viewBox="0 0 350 /);
    const legendTexts = [...svg.matchAll(/<rect x="([\d.]+)" y="[\d.]+" width="10" height="10" rx="2" fill="#[0-9a-f]+"\/><text x="([\d.]+)"[^>]*>([^<]*)<\/text>/g)];
    expect(legendTexts.length).toBe(10);
    for (const [, , x, text] of legendTexts) expect(Number(x) + labelWidth(text!)).toBeLessThanOrEqual(350);
    const lines = [...svg.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((m) => m[1]!);
    expect(lines.length).toBeGreaterThan(2); // both axis titles on more than one line
    for (const line of lines) expect(labelWidth(line)).toBeLessThanOrEqual(350);
  });

  it('wraps labels at spaces and hyphenates a word too long for a line between syllables', () => {
    expect(wrapLabel('Jours depuis la dernière commande', 120)).toEqual(['Jours depuis la', 'dernière commande']);
    expect(wrapLabel('Commandes', 53)).toEqual(['Com-', 'mandes']);
    expect(wrapLabel('Revendeur (achat professionnel)', 53)).toEqual(['Reven-', 'deur', '(achat', 'profes-', 'sionnel)']);
    const cut = wrapLabel('one two three four', 30, 2);
    expect(cut).toHaveLength(2);
    expect(cut[1]).toMatch(/…$/);
  });

  it('says No data for no points', () => {
    expectNoDataSvg(projectionScatterChart([], options));
  });
});
