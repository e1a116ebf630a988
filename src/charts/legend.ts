// Legends drawn as plain SVG inside the chart (Plot's own swatch legends are HTML, and its
// colour ramps need a canvas): a row of swatches, and a stepped bar for binned colour scales.
import { defaults } from './options.ts';
import type { Draw } from './render.ts';
import { textWidth } from './textWidth.ts';

export interface Swatch {
  label: string;
  color: string;
}

const swatchGap = { box: 14, after: 16 };

/** The width `swatchLegend` takes, to right-align it. */
export function swatchLegendWidth(swatches: readonly Swatch[]): number {
  return swatches.reduce((sum, { label }) => sum + swatchGap.box + textWidth(label) + swatchGap.after, 0) - swatchGap.after;
}

/** A row of coloured squares and labels, starting at (x, y): y is the row's middle. */
export function swatchLegend(draw: Draw, swatches: readonly Swatch[], x: number, y: number): Element {
  const group = draw('g', { 'aria-label': 'legend', 'text-anchor': 'start' });
  let left = x;
  for (const { label, color } of swatches) {
    group.append(
      draw('rect', { x: left, y: y - 5, width: 10, height: 10, rx: 2, fill: color }),
      draw('text', { x: left + swatchGap.box, y, dy: '0.32em' }, label),
    );
    left += swatchGap.box + textWidth(label) + swatchGap.after;
  }
  return group;
}

/**
 * A threshold legend: one box per colour, the boundaries labelled between boxes, a title
 * above. `colors.length` must be `boundaries.length + 1`.
 */
export function binLegend(
  draw: Draw,
  colors: readonly string[],
  boundaries: readonly string[],
  title: string,
  x: number,
  y: number,
  boxWidth = 44,
): Element {
  if (colors.length !== boundaries.length + 1) throw new Error('binLegend: colours must be boundaries + 1');
  const group = draw('g', { 'aria-label': 'legend', 'text-anchor': 'start' });
  group.append(draw('text', { x, y, 'font-weight': 'bold' }, title));
  const top = y + 6;
  colors.forEach((color, i) => {
    group.append(draw('rect', { x: x + i * boxWidth, y: top, width: boxWidth - 1, height: 10, fill: color }));
  });
  boundaries.forEach((label, i) => {
    const at = x + (i + 1) * boxWidth - 0.5;
    group.append(
      draw('line', { x1: at, x2: at, y1: top, y2: top + 14, stroke: defaults.colors.text, 'stroke-width': 1 }),
      draw('text', { x: at, y: top + 24, 'text-anchor': 'middle' }, label),
    );
  });
  return group;
}
