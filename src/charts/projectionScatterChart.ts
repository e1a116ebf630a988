// Customers as dots on the two directions that separate them most (principal components), one
// colour per segment and each segment's name at its centre: how distinct the segments are,
// and where they overlap.
import * as Plot from '@observablehq/plot';
import { median } from 'd3-array';
import { checkRows, defaults, finite, normalizeFrame, type CommonOptions } from './options.ts';
import { noDataSvg, renderPlot } from './render.ts';
import { drawHeader, headerHeight } from './chartHeader.ts';
import { segmentColor } from './segmentColors.ts';

export interface ProjectionPoint {
  segment: number;
  x: number;
  y: number;
}

export interface ProjectionScatterOptions extends CommonOptions {
  /** Segment number → name, for the legend and the labels at the centres. */
  names: Record<number, string>;
  xLabel?: string;
  yLabel?: string;
  height?: number;
}

const chartDefaults = { height: 420, marginRight: 16, marginBottom: 40, marginLeft: 48 };

export function projectionScatterChart(rows: readonly ProjectionPoint[], options: ProjectionScatterOptions): string {
  const frame = normalizeFrame(options, 'projection-scatter', (w) => w.projection.title);
  const points = checkRows(rows, 'projectionScatterChart').map((p, i) => ({
    segment: finite(p.segment, `row ${i} segment`),
    x: finite(p.x, `row ${i} x`),
    y: finite(p.y, `row ${i} y`),
  }));
  if (points.length === 0) return noDataSvg(frame);
  const segments = [...new Set(points.map((p) => p.segment))].sort((a, b) => a - b);
  const nameOf = (s: number) => options.names[s] ?? `Segment ${s}`;
  const centres = segments.map((segment) => {
    const members = points.filter((p) => p.segment === segment);
    return { segment, x: median(members, (p) => p.x)!, y: median(members, (p) => p.y)!, name: nameOf(segment) };
  });
  const swatches = segments.map((s) => ({ label: nameOf(s), color: segmentColor(s) }));
  const marginTop = headerHeight(swatches, frame.width - chartDefaults.marginLeft) + 8;

  return renderPlot(
    frame,
    {
      height: (options.height ?? chartDefaults.height) + marginTop,
      marginTop,
      marginRight: chartDefaults.marginRight,
      marginBottom: chartDefaults.marginBottom,
      marginLeft: chartDefaults.marginLeft,
      x: { label: `${options.xLabel ?? frame.words.projection.x} →`, labelAnchor: 'center', labelArrow: 'none', grid: true, ticks: 6 },
      y: { label: null, grid: true, ticks: 6 },
      marks: [
        Plot.dot(points, { x: 'x', y: 'y', r: 2.2, fill: (p: ProjectionPoint) => segmentColor(p.segment), fillOpacity: 0.55 }),
        Plot.dot(centres, { x: 'x', y: 'y', r: 6, fill: (c: ProjectionPoint) => segmentColor(c.segment), stroke: 'white', strokeWidth: 2 }),
        Plot.text(centres, {
          x: 'x',
          y: 'y',
          dy: -12,
          text: 'name',
          fontWeight: 'bold',
          stroke: 'white',
          strokeWidth: 4,
          paintOrder: 'stroke',
          fill: defaults.colors.text,
        }),
      ],
    },
    (svg, draw) => drawHeader(svg, draw, swatches, `↑ ${options.yLabel ?? frame.words.projection.y}`, chartDefaults.marginLeft, frame.width - chartDefaults.marginLeft),
  );
}
