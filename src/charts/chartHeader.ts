// The top of a segments chart: a legend that wraps onto as many rows as it needs, then the
// y-axis title on its own line. Plot draws its y label at the very top-left, where a legend
// would cover it, so these charts turn Plot's label off and draw both here.
import type { Swatch } from './legend.ts';
import type { Draw } from './render.ts';
import { swatchLayout, swatchRowHeight, wrappedSwatches } from './segmentColors.ts';

const titleGap = { above: 6, below: 14 };

/** Height the header takes: legend rows plus the y title. */
export function headerHeight(swatches: readonly Swatch[], width: number): number {
  const rows = swatches.length === 0 ? 0 : 1 + Math.max(...swatchLayout(swatches.map((s) => s.label), width).map((s) => s.row));
  return 4 + rows * swatchRowHeight + titleGap.above + titleGap.below;
}

/** Draws the legend from (left, top) and the y title below it, flush with the left edge of the svg. */
export function drawHeader(svg: Element, draw: Draw, swatches: readonly Swatch[], yTitle: string, left: number, width: number): void {
  if (swatches.length > 0) svg.append(wrappedSwatches(draw, swatches, left, 4 + swatchRowHeight / 2, width));
  const y = headerHeight(swatches, width) - titleGap.below;
  svg.append(draw('text', { x: 3, y, 'text-anchor': 'start', 'aria-label': 'y-axis title' }, yTitle));
}
