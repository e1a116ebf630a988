// A two-way grid: one cell per (column, row) pair coloured by a value in binned shades of blue,
// e.g. orders by weekday and hour, or each seasonal product's share of its year by month. Row
// labels are cut to fit the left margin (full text in the tooltip); missing pairs stay empty.
import * as Plot from '@observablehq/plot';
import { ticks } from 'd3-array';
import { binLegend } from './legend.ts';
import { checkRows, finite, normalizeFormat, normalizeFrame, truncate, type CommonOptions, type ValueFormat, valueFormatters } from './options.ts';
import { noDataSvg, renderPlot } from './render.ts';
import { fitText, textWidth } from './textWidth.ts';

export interface MatrixCell {
  column: string;
  row: string;
  value: number;
}

export interface MatrixHeatmapOptions extends CommonOptions {
  format?: ValueFormat;
  /** Column and row order; default: as first seen. */
  columns?: string[];
  rows?: string[];
  /** The legend title. */
  valueLabel?: string;
  cellHeight?: number;
  labelLength?: number;
}

const chartDefaults = { marginTop: 64, marginRight: 8, marginBottom: 8, cellHeight: 20, labelGap: 8, minLeft: 40 };

export function matrixHeatmapChart(cells: readonly MatrixCell[], options: MatrixHeatmapOptions = {}): string {
  const frame = normalizeFrame(options, 'matrix-heatmap', (w) => options.valueLabel ?? w.grid);
  const formatters = valueFormatters(normalizeFormat(options.format, 'count'), frame);
  const data = checkRows(cells, 'matrixHeatmapChart').map((c, i) => ({ column: String(c?.column), row: String(c?.row), value: finite(c.value, `cell ${i} value`) }));
  if (data.length === 0) return noDataSvg(frame);
  const columns = options.columns ?? [...new Set(data.map((d) => d.column))];
  const rows = options.rows ?? [...new Set(data.map((d) => d.row))];
  const truncated = rows.map((row) => truncate(row, options.labelLength ?? 36));
  const marginLeft = Math.min(frame.width * 0.45, Math.max(chartDefaults.minLeft, ...truncated.map((l) => textWidth(l) + chartDefaults.labelGap + 4)));
  // On a narrow chart the margin is capped: labels are cut to what it holds, never clipped at the edge.
  const short = new Map(rows.map((row, i) => [row, fitText(truncated[i]!, marginLeft - chartDefaults.labelGap - 4)]));
  // Column labels wider than their cell are shown every `step` columns, so they never overlap.
  const band = (frame.width - marginLeft - chartDefaults.marginRight) / Math.max(1, columns.length);
  const step = Math.max(1, Math.ceil((Math.max(...columns.map((c) => textWidth(c))) + 4) / band));
  const columnIndex = new Map(columns.map((c, i) => [c, i]));
  const cellHeight = options.cellHeight ?? chartDefaults.cellHeight;
  const height = chartDefaults.marginTop + chartDefaults.marginBottom + rows.length * cellHeight;

  const high = Math.max(...data.map((d) => d.value));
  const thresholds = ticks(0, high > 0 ? high : 1, 6).filter((t) => t > 0 && t < high);
  const blues = Plot.scale({ color: { type: 'linear', domain: [0, 1], scheme: 'blues' } });
  const colors = thresholds.concat(0).map((_, i) => String(blues.apply(0.1 + (0.9 * i) / Math.max(1, thresholds.length))));
  const colorOf = (value: number) => colors[thresholds.filter((t) => value >= t).length]!;

  return renderPlot(
    frame,
    {
      height,
      marginTop: chartDefaults.marginTop,
      marginRight: chartDefaults.marginRight,
      marginBottom: chartDefaults.marginBottom,
      marginLeft,
      x: { type: 'band', domain: columns, axis: 'top', label: null, tickSize: 0, padding: 0.05, tickFormat: (c: string) => ((columnIndex.get(c) ?? 0) % step === 0 ? c : '') },
      y: { type: 'band', domain: rows, label: null, tickSize: 0, padding: 0.08, tickFormat: (row: string) => short.get(row) ?? row },
      marks: [
        Plot.cell(data, { x: 'column', y: 'row', fill: (d) => colorOf(d.value), title: (d) => `${d.row}\n${d.column}: ${formatters.label(d.value)}` }),
      ],
    },
    (svg, draw) => {
      const boxWidth = Math.max(28, Math.min(44, (frame.width - marginLeft - 16) / colors.length));
      const labels = thresholds.map((t, i) => (boxWidth >= 36 || i % 2 === 1 ? formatters.tick(t) : ''));
      svg.append(binLegend(draw, colors, labels, options.valueLabel ?? 'Value', 8, 12, boxWidth));
    },
  );
}
