// Legends drawn as plain SVG inside the chart (Plot's own swatch legends are HTML, and its
// colour ramps need a canvas): swatches in a row (wrapped onto more when given a width), and a
// stepped bar for binned colour scales.
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

/** Height of one legend row in px: rows are this far apart. */
export const swatchRowHeight = 16;

/** The swatches in rows no wider than `maxWidth`, in order; one wider than that gets a row of its own. */
export function swatchRows(swatches: readonly Swatch[], maxWidth: number = Infinity): Swatch[][] {
  const rows: Swatch[][] = [[]];
  for (const swatch of swatches) {
    const row = rows.at(-1)!;
    if (row.length > 0 && swatchLegendWidth([...row, swatch]) > maxWidth + 1e-6) rows.push([swatch]);
    else row.push(swatch);
  }
  return rows;
}

/** The height the rows after the first take (0 when the legend fits on one row), for a caller to move its plot down by. */
export function swatchLegendExtraHeight(swatches: readonly Swatch[], maxWidth: number = Infinity): number {
  return (swatchRows(swatches, maxWidth).length - 1) * swatchRowHeight;
}

/**
 * Coloured squares and labels, starting at (x, y): y is the first row's middle. With
 * `maxWidth`, the legend wraps onto more rows (`swatchRowHeight` apart) rather than run wider.
 */
export function swatchLegend(draw: Draw, swatches: readonly Swatch[], x: number, y: number, maxWidth: number = Infinity): Element {
  const group = draw('g', { 'aria-label': 'legend', 'text-anchor': 'start' });
  swatchRows(swatches, maxWidth).forEach((row, i) => {
    const top = y + i * swatchRowHeight;
    let left = x;
    for (const { label, color } of row) {
      group.append(
        draw('rect', { x: left, y: top - 5, width: 10, height: 10, rx: 2, fill: color }),
        draw('text', { x: left + swatchGap.box, y: top, dy: '0.32em' }, label),
      );
      left += swatchGap.box + textWidth(label) + swatchGap.after;
    }
  });
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
