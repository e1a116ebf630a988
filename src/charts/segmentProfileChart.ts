// Segments side by side: one row per segment, one column per feature, each cell coloured by how
// far the segment sits from the average customer (mean z-score, binned) and labelled with the
// plain value of its typical customer ("18 days", "£3,613"). Blue = more of the feature than
// average, orange = less; "more" is neither good nor bad (more days since the last order is bad).
// Too narrow for the names and the values (phones), segments are numbered and keyed in a
// legend above; with too many features even for that, features become rows.
import * as Plot from '@observablehq/plot';
import { binLegend } from './legend.ts';
import { checkRows, defaults, finite, normalizeFrame, type CommonOptions, type Frame } from './options.ts';
import { fitLabel, labelWidth, wrapLabel } from './projectionScatterChart.ts';
import { noDataSvg, renderPlot, type Draw } from './render.ts';
import type { Swatch } from './legend.ts';
import { segmentColor, swatchLayout, swatchRowHeight, wrappedSwatches } from './segmentColors.ts';

export interface SegmentProfileRow {
  segment: number;
  name: string;
  /** Column header, e.g. `Days since last order`. */
  feature: string;
  /** Mean z-score of the segment on the feature. */
  z: number;
  /** Printed in the cell, e.g. `18 days`. */
  text: string;
}

export type SegmentProfileOptions = CommonOptions;

// Bin edges in standard deviations and their colours (ColorBrewer PuOr-like, orange = below).
const edges = [-1.5, -0.75, -0.25, 0.25, 0.75, 1.5];
const binColors = ['#b35806', '#f1a340', '#fee0b6', '#f7f7f7', '#c6dbef', '#6baed6', '#2171b5'];
const darkBins = new Set([0, 6]);
const chartDefaults = { rowHeight: 34, marginTop: 44, legendHeight: 58, nameShareMax: 0.36, gap: 10, swatch: 12, cellPadding: 10, narrowCellPadding: 6, headerLines: 3, narrowHeaderLines: 5, lineHeight: 11 };

type Cell = SegmentProfileRow & { bin: number };

/** The legend's bin edges in the chart's locale, always signed: `−0,75`, `+0,25`. */
function edgeLabels({ formatter }: Frame): string[] {
  return edges.map((e) => `${e < 0 ? '−' : '+'}${formatter.decimal(Math.abs(e), 2)}`);
}

export function segmentProfileChart(rows: readonly SegmentProfileRow[], options: SegmentProfileOptions = {}): string {
  const frame = normalizeFrame(options, 'segment-profile', (w) => w.profile.title);
  const cells: Cell[] = checkRows(rows, 'segmentProfileChart').map((row, i) => {
    const z = finite(row.z, `row ${i} z`);
    return { segment: finite(row.segment, `row ${i} segment`), name: String(row.name), feature: String(row.feature), z, text: String(row.text), bin: edges.filter((e) => z >= e).length };
  });
  if (cells.length === 0) return noDataSvg(frame);
  const segments = [...new Map(cells.map((c) => [c.segment, c.name])).entries()].sort((a, b) => a[0] - b[0]);
  const features = [...new Set(cells.map((c) => c.feature))];
  const widestText = Math.max(...cells.map((c) => labelWidth(c.text)));
  const columns = (labelRoom: number, keyed: boolean) => (frame.width - rowMarginLeft(labelRoom, keyed) - chartDefaults.gap) / features.length;
  // Names on the left when there is room for them and the values; else the segment numbers,
  // keyed in a legend above; else (many features on a phone) features as rows.
  const nameRoom = Math.min(frame.width * chartDefaults.nameShareMax, Math.max(...segments.map(([, n]) => labelWidth(n))));
  if (columns(nameRoom, false) >= widestText + chartDefaults.cellPadding) return byRow(frame, cells, segments, features, nameRoom, false);
  const keyRoom = Math.max(...segments.map(([s]) => labelWidth(String(s))));
  if (columns(keyRoom, true) >= widestText + chartDefaults.narrowCellPadding) return byRow(frame, cells, segments, features, keyRoom, true);
  return byColumn(frame, cells, segments, features);
}

/** Left of the cells: the label, then the colour swatch. */
function rowMarginLeft(labelRoom: number, keyed: boolean): number {
  return labelRoom + chartDefaults.swatch + (keyed ? chartDefaults.gap + 8 : 2 * chartDefaults.gap + 4);
}

/** The segments' names, numbered, wrapped in rows above the chart: the key of the numbers. */
function keyLegend(frame: Frame, segments: [number, string][]): { swatches: Swatch[]; height: number } {
  const width = frame.width - 16;
  const swatches = segments.map(([s, n]) => ({ label: fitLabel(`${s} ${n}`, width - 16), color: segmentColor(s) }));
  const rows = 1 + Math.max(...swatchLayout(swatches.map((s) => s.label), width).map((s) => s.row));
  return { swatches, height: rows * swatchRowHeight };
}

/** The bin legend under the chart, its title shortened when the long one would not fit. */
function drawBinLegend(svg: Element, draw: Draw, frame: Frame, x: number, y: number): void {
  const boxWidth = Math.min(40, (frame.width - x - 8) / binColors.length);
  const { legend, legendShort } = frame.words.profile;
  const title = labelWidth(legend) * 1.08 <= frame.width - x - 4 ? legend : legendShort;
  svg.append(binLegend(draw, binColors, edgeLabels(frame), title, x, y, boxWidth));
}

/**
 * Segments as rows (colour on the left, after the name or, `keyed`, the number), features as
 * columns, their names wrapped onto as many lines as they need.
 */
function byRow(frame: Frame, cells: Cell[], segments: [number, string][], features: string[], labelRoom: number, keyed: boolean): string {
  const marginLeft = rowMarginLeft(labelRoom, keyed);
  const columnWidth = (frame.width - marginLeft - chartDefaults.gap) / features.length;
  const label = new Map(segments.map(([s, n]) => [s, keyed ? String(s) : fitLabel(n, labelRoom)]));
  const header = new Map(features.map((f) => [f, wrapLabel(f, columnWidth - 6, keyed ? chartDefaults.narrowHeaderLines : chartDefaults.headerLines)]));
  const headerLines = Math.max(...[...header.values()].map((lines) => lines.length));
  const key = keyed ? keyLegend(frame, segments) : null;
  const marginTop = Math.max(chartDefaults.marginTop, 14 + headerLines * chartDefaults.lineHeight) + (key ? key.height + 4 : 0);
  const plotHeight = segments.length * chartDefaults.rowHeight;
  return renderPlot(
    frame,
    {
      height: marginTop + plotHeight + chartDefaults.legendHeight,
      marginTop,
      marginBottom: chartDefaults.legendHeight,
      marginLeft,
      marginRight: chartDefaults.gap,
      x: { type: 'band', domain: features, axis: 'top', tickSize: 0, label: null, padding: 0.04, tickFormat: (f: string) => header.get(f)!.join('\n') },
      y: { type: 'band', domain: segments.map(([s]) => s), axis: null, padding: 0.08 },
      marks: [
        ...cellMarks(cells, 'feature', 'segment', columnWidth, frame),
        Plot.text(segments, { y: (s: [number, string]) => s[0], frameAnchor: 'left', dx: -(chartDefaults.gap + chartDefaults.swatch + 4), textAnchor: 'end', text: (s: [number, string]) => label.get(s[0]), title: (s: [number, string]) => s[1], fontWeight: keyed ? 'bold' : undefined }),
        Plot.dot(segments, { y: (s: [number, string]) => s[0], frameAnchor: 'left', dx: -(chartDefaults.gap + chartDefaults.swatch / 2), r: 5, symbol: 'square', fill: (s: [number, string]) => segmentColor(s[0]) }),
      ],
    },
    (svg, draw) => {
      if (key) svg.append(wrappedSwatches(draw, key.swatches, 8, 12, frame.width - 16));
      drawBinLegend(svg, draw, frame, keyed ? 8 : marginLeft, marginTop + plotHeight + 18);
    },
  );
}

/** Features as rows (names on up to two lines), segments as numbered columns; the names in a legend above. */
function byColumn(frame: Frame, cells: Cell[], segments: [number, string][], features: string[]): string {
  const featureRoom = Math.min(frame.width * 0.34, Math.max(...features.map((f) => labelWidth(f))));
  const marginLeft = featureRoom + chartDefaults.gap;
  const columnWidth = (frame.width - marginLeft - chartDefaults.gap) / segments.length;
  const key = keyLegend(frame, segments);
  const marginTop = key.height + 30;
  const plotHeight = features.length * chartDefaults.rowHeight;
  return renderPlot(
    frame,
    {
      height: marginTop + plotHeight + chartDefaults.legendHeight,
      marginTop,
      marginBottom: chartDefaults.legendHeight,
      marginLeft,
      marginRight: chartDefaults.gap,
      x: { type: 'band', domain: segments.map(([s]) => s), axis: 'top', tickSize: 0, label: null, padding: 0.04, tickFormat: (s: number) => String(s) },
      y: { type: 'band', domain: features, axis: 'left', tickSize: 0, label: null, padding: 0.08, tickFormat: (f: string) => wrapLabel(f, featureRoom, 2).join('\n') },
      marks: cellMarks(cells, 'segment', 'feature', columnWidth, frame),
    },
    (svg, draw) => {
      svg.append(wrappedSwatches(draw, key.swatches, 8, 12, frame.width - 16));
      drawBinLegend(svg, draw, frame, 8, marginTop + plotHeight + 18);
    },
  );
}

function cellMarks(cells: Cell[], x: 'feature' | 'segment', y: 'feature' | 'segment', columnWidth: number, frame: Frame): Plot.Markish[] {
  return [
    Plot.cell(cells, { x, y, fill: (c: Cell) => binColors[c.bin], stroke: '#e6e4df', title: (c: Cell) => `${c.name}\n${c.feature}: ${c.text}\n${describeZ(c.z, frame)}` }),
    Plot.text(cells, { x, y, text: (c: Cell) => fitLabel(c.text, columnWidth - 6), fill: (c: Cell) => (darkBins.has(c.bin) ? 'white' : defaults.colors.text), fontVariant: 'tabular-nums' }),
  ];
}

function describeZ(z: number, { words, formatter }: Frame): string {
  if (Math.abs(z) < 0.25) return words.profile.about;
  const sd = Math.round(Math.abs(z) * 10) / 10;
  return words.profile.away(sd, formatter.decimal(sd, 1, 1), z > 0);
}
