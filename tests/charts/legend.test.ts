import { describe, expect, it } from 'vitest';
import { swatchLegend, swatchLegendExtraHeight, swatchLegendWidth, swatchRowHeight, swatchRows } from '../../src/charts/legend.ts';
import { createDocument, type Draw } from '../../src/charts/render.ts';
import { textWidth } from '../../src/charts/textWidth.ts';

const document = createDocument();
const draw: Draw = (name, attributes = {}, text) => {
  const element = document.createElementNS('http://www.w3.org/2000/svg', name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
  if (text !== undefined) element.textContent = text;
  return element;
};

// The calendar page's event-week chart: six events, too many for one row on a phone.
const events = ['Saint-Valentin', 'Fête des mères britannique', 'Pâques', 'Halloween', 'Black Friday', 'Noël']
  .map((label, i) => ({ label, color: `#00000${i}` }));

/** Each entry's label, row middle and left and right edges (square to end of label). */
function entries(group: Element): { label: string; y: number; left: number; right: number }[] {
  const rects = [...group.querySelectorAll('rect')];
  return [...group.querySelectorAll('text')].map((text, i) => ({
    label: text.textContent ?? '',
    y: Number(text.getAttribute('y')),
    left: Number(rects[i]!.getAttribute('x')),
    right: Number(text.getAttribute('x')) + textWidth(text.textContent ?? ''),
  }));
}

describe('swatchLegend', () => {
  it('stays on one row without a width, as before', () => {
    const drawn = entries(swatchLegend(draw, events, 56, 12));
    expect(new Set(drawn.map((e) => e.y))).toEqual(new Set([12]));
    expect(drawn.at(-1)!.right).toBeCloseTo(56 + swatchLegendWidth(events));
  });

  it.each([350, 520, 1040])('wraps onto rows that fit a %i px chart, every entry in order', (width) => {
    const x = 56;
    const maxWidth = width - x - 8;
    const drawn = entries(swatchLegend(draw, events, x, 12, maxWidth));
    expect(drawn.map((e) => e.label)).toEqual(events.map((e) => e.label));
    for (const entry of drawn) {
      expect(entry.left, entry.label).toBeGreaterThanOrEqual(x);
      expect(entry.right, entry.label).toBeLessThanOrEqual(width);
    }
    const rows = [...new Set(drawn.map((e) => e.y))];
    expect(rows).toEqual(rows.map((_, i) => 12 + i * swatchRowHeight));
    expect(swatchLegendExtraHeight(events, maxWidth)).toBe((rows.length - 1) * swatchRowHeight);
    if (width === 350) expect(rows.length).toBeGreaterThan(1);
    if (width === 1040) expect(rows.length).toBe(1);
  });

  it('puts an entry wider than the width on a row of its own rather than drop it', () => {
    const rows = swatchRows([{ label: 'A', color: '#000' }, { label: 'x'.repeat(80), color: '#111' }, { label: 'B', color: '#222' }], 100);
    expect(rows.map((row) => row.map((s) => s.label[0]))).toEqual([['A'], ['x'], ['B']]);
  });
});
