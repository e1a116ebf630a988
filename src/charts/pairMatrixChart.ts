// A matrix of product pairs: one row and one column per product, a coloured cell where the pair
// has a value (e.g. the lift of "bought together"), the value printed in the cell. Products of
// one group sit next to each other when the caller orders them so, and show up as a block.
import * as Plot from '@observablehq/plot';
import { ticks } from 'd3-array';
import { binLegend } from './legend.ts';
import { checkRows, defaults, finite, normalizeFrame, truncate, type CommonOptions } from './options.ts';
import { noDataSvg, renderPlot } from './render.ts';
import { fitText, textWidth } from './textWidth.ts';

export interface PairCell {
  row: string;
  column: string;
  value: number;
  /** Tooltip; default "row → column: value". */
  title?: string;
}

export interface PairMatrixOptions extends CommonOptions {
  /** Labels in the order of rows and columns; default: order of first appearance in the cells. */
  order?: readonly string[];
  /** Legend title, e.g. `Lift (× chance)`. */
  valueLabel?: string;
  /** Cell text; default: the value rounded, e.g. `18×`. */
  cellText?: (value: number) => string;
}

const chartDefaults = { marginTop: 72, labelLength: 44, maxCell: 46, textCell: 30, gap: 6, boxWidth: 40 };

interface Cell {
  row: string;
  column: string;
  value: number;
  bin: number;
  text: string;
  title: string;
}

export function pairMatrixChart(cells: readonly PairCell[], options: PairMatrixOptions = {}): string {
  const frame = normalizeFrame(options, 'pair-matrix', (w) => w.pairMatrix.title);
  const rows = checkRows(cells, 'pairMatrixChart');
  if (rows.length === 0) return noDataSvg(frame);
  const format = options.cellText ?? ((v: number) => `${Math.round(v)}×`);
  const order = [...new Set([...(options.order ?? []), ...rows.flatMap((c) => [String(c.row), String(c.column)])])];
  const values = rows.map((c, i) => finite(c.value, `cell ${i} value`));
  // Round steps between the smallest and the largest value: every colour is used.
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  // d3's tick count is only a hint (it can return more): thin to one colour per bin.
  const most = defaults.sequential.length - 1;
  const candidates = ticks(lo, hi, most).filter((t) => t > lo && t <= hi);
  const thresholds = candidates.filter((_, i) => i % Math.ceil(candidates.length / most) === 0);
  const colors = defaults.sequential.slice(defaults.sequential.length - thresholds.length - 1);
  const binOf = (v: number) => thresholds.filter((t) => v >= t).length;
  const data: Cell[] = rows.map((c, i) => ({
    row: String(c.row),
    column: String(c.column),
    value: values[i]!,
    bin: binOf(values[i]!),
    text: format(values[i]!),
    title: c.title ?? `${c.row} → ${c.column}: ${format(values[i]!)}`,
  }));

  // Rows are labelled at the left, columns by their row number, so long names are written once.
  const labels = order.map((name, i) => `${i + 1}  ${truncate(name, chartDefaults.labelLength)}`);
  // Plot sets the y labels a few px left of the plot: room for that and a margin.
  const labelRoom = Math.min(frame.width * 0.45, Math.max(...labels.map((l) => textWidth(l))) + 3 * chartDefaults.gap);
  const cell = Math.min(chartDefaults.maxCell, (frame.width - labelRoom - 8) / order.length);
  const number = new Map(order.map((name, i) => [name, String(i + 1)]));
  const label = new Map(order.map((name, i) => [name, fitText(labels[i]!, labelRoom - 3 * chartDefaults.gap)]));

  return renderPlot(
    frame,
    {
      width: frame.width,
      height: chartDefaults.marginTop + order.length * cell + 8,
      marginTop: chartDefaults.marginTop,
      marginLeft: labelRoom,
      marginRight: frame.width - labelRoom - order.length * cell,
      marginBottom: 8,
      x: { type: 'band', domain: order, axis: 'top', tickFormat: (name: string) => number.get(name) ?? '', tickSize: 0, label: null, padding: 0.06 },
      y: { type: 'band', domain: order, tickFormat: (name: string) => label.get(name) ?? '', tickSize: 0, label: null, padding: 0.06 },
      color: { type: 'identity' },
      marks: [
        Plot.cell(order, { x: (name: string) => name, y: (name: string) => name, fill: defaults.colors.noData }),
        Plot.cell(data, { x: 'column', y: 'row', fill: (c: Cell) => colors[c.bin], title: 'title', rx: 2 }),
        Plot.text(data, {
          filter: () => cell >= chartDefaults.textCell,
          x: 'column',
          y: 'row',
          text: 'text',
          fill: (c: Cell) => (c.bin >= colors.length - 3 ? 'white' : defaults.colors.text),
          fontSize: 10,
        }),
      ],
    },
    (svg, draw) => {
      if (thresholds.length === 0) return;
      svg.append(binLegend(draw, colors, thresholds.map((t) => format(t)), options.valueLabel ?? 'Value', labelRoom, 12, chartDefaults.boxWidth));
    },
  );
}
