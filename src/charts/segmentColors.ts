// One colour per customer segment, the same on every segments chart: the report's calm
// categorical palette first, then four more of the same lightness for up to ten segments.
import { defaults } from './options.ts';
import type { Swatch } from './legend.ts';
import type { Draw } from './render.ts';
import { textWidth } from './textWidth.ts';

export const segmentPalette: readonly string[] = [...defaults.categorical, '#3f8f4f', '#b5651d', '#4a6fa5', '#a05195'];

/** Segment numbers start at 1. */
export function segmentColor(segment: number): string {
  if (!Number.isInteger(segment) || segment < 1) throw new Error(`invalid segment: ${segment}`);
  return segmentPalette[(segment - 1) % segmentPalette.length]!;
}

/** Where each swatch of a legend that wraps at `width` goes: x offset and row. */
export function swatchLayout(labels: readonly string[], width: number): { left: number; row: number }[] {
  const out: { left: number; row: number }[] = [];
  let left = 0;
  let row = 0;
  for (const label of labels) {
    const room = 14 + textWidth(label) + 16;
    if (left > 0 && left + room > width) {
      left = 0;
      row += 1;
    }
    out.push({ left, row });
    left += room;
  }
  return out;
}

export const swatchRowHeight = 18;

/** Swatches in rows that fit `width`, starting at (x, y): y is the first row's middle. */
export function wrappedSwatches(draw: Draw, swatches: readonly Swatch[], x: number, y: number, width: number): Element {
  const group = draw('g', { 'aria-label': 'legend', 'text-anchor': 'start' });
  const layout = swatchLayout(swatches.map((s) => s.label), width);
  swatches.forEach(({ label, color }, i) => {
    const left = x + layout[i]!.left;
    const top = y + layout[i]!.row * swatchRowHeight;
    group.append(draw('rect', { x: left, y: top - 5, width: 10, height: 10, rx: 2, fill: color }), draw('text', { x: left + 14, y: top, dy: '0.32em' }, label));
  });
  return group;
}
