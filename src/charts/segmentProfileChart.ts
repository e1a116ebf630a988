// Segments side by side: one row per segment, one column per feature, each cell coloured by how
// far the segment sits from the average customer (mean z-score, binned) and labelled with the
// plain value of its typical customer ("18 days", "£3,613"). Blue = more of the feature than
// average, orange = less; "more" is neither good nor bad (more days since the last order is bad).
// Too narrow for the values (phones), segments become numbered columns and features rows.
import * as Plot from '@observablehq/plot';
import { binLegend } from './legend.ts';
import { checkRows, defaults, finite, normalizeFrame, type CommonOptions, type Frame } from './options.ts';
import { noDataSvg, renderPlot } from './render.ts';
import { segmentColor, swatchLayout, swatchRowHeight, wrappedSwatches } from './segmentColors.ts';
import { fitText, textWidth } from './textWidth.ts';

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
const edgeLabels = ['−1.5', '−0.75', '−0.25', '+0.25', '+0.75', '+1.5'];
const binColors = ['#b35806', '#f1a340', '#fee0b6', '#f7f7f7', '#c6dbef', '#6baed6', '#2171b5'];
const darkBins = new Set([0, 6]);
const chartDefaults = { rowHeight: 34, marginTop: 44, legendHeight: 58, nameShareMax: 0.36, gap: 10, swatch: 12, cellPadding: 10 };

type Cell = SegmentProfileRow & { bin: number };

export function segmentProfileChart(rows: readonly SegmentProfileRow[], options: SegmentProfileOptions = {}): string {
  const frame = normalizeFrame(options, 'segment-profile', (w) => w.profile.title);
  const cells: Cell[] = checkRows(rows, 'segmentProfileChart').map((row, i) => {
    const z = finite(row.z, `row ${i} z`);
    return { segment: finite(row.segment, `row ${i} segment`), name: String(row.name), feature: String(row.feature), z, text: String(row.text), bin: edges.filter((e) => z >= e).length };
  });
  if (cells.length === 0) return noDataSvg(frame);
  const segments = [...new Map(cells.map((c) => [c.segment, c.name])).entries()].sort((a, b) => a[0] - b[0]);
  const features = [...new Set(cells.map((c) => c.feature))];
  const widestText = Math.max(...cells.map((c) => textWidth(c.text))) + chartDefaults.cellPadding;
  const nameRoom = Math.min(frame.width * chartDefaults.nameShareMax, Math.max(...segments.map(([, n]) => textWidth(n))));
  const wideColumns = (frame.width - nameRoom - chartDefaults.swatch - 3 * chartDefaults.gap) / features.length;
  return wideColumns >= widestText ? byRow(frame, cells, segments, features, nameRoom) : byColumn(frame, cells, segments, features);
}

/** Segments as rows (name and colour on the left), features as columns. */
function byRow(frame: ReturnType<typeof normalizeFrame>, cells: Cell[], segments: [number, string][], features: string[], nameRoom: number): string {
  const marginLeft = nameRoom + chartDefaults.swatch + 2 * chartDefaults.gap + 4;
  const columnWidth = (frame.width - marginLeft - chartDefaults.gap) / features.length;
  const label = new Map(segments.map(([s, n]) => [s, fitText(n, nameRoom)]));
  const plotHeight = segments.length * chartDefaults.rowHeight;
  return renderPlot(
    frame,
    {
      height: chartDefaults.marginTop + plotHeight + chartDefaults.legendHeight,
      marginTop: chartDefaults.marginTop,
      marginBottom: chartDefaults.legendHeight,
      marginLeft,
      marginRight: chartDefaults.gap,
      x: { type: 'band', domain: features, axis: 'top', tickSize: 0, label: null, padding: 0.04, tickFormat: (f: string) => fitText(f, columnWidth - 4) },
      y: { type: 'band', domain: segments.map(([s]) => s), axis: null, padding: 0.08 },
      marks: [
        ...cellMarks(cells, 'feature', 'segment', columnWidth, frame),
        Plot.text(segments, { y: (s: [number, string]) => s[0], frameAnchor: 'left', dx: -(chartDefaults.gap + chartDefaults.swatch + 4), textAnchor: 'end', text: (s: [number, string]) => label.get(s[0]), title: (s: [number, string]) => s[1] }),
        Plot.dot(segments, { y: (s: [number, string]) => s[0], frameAnchor: 'left', dx: -(chartDefaults.gap + chartDefaults.swatch / 2), r: 5, symbol: 'square', fill: (s: [number, string]) => segmentColor(s[0]) }),
      ],
    },
    (svg, draw) => svg.append(binLegend(draw, binColors, edgeLabels, frame.words.profile.legend, marginLeft, chartDefaults.marginTop + plotHeight + 18, 40)),
  );
}

/** Features as rows, segments as numbered columns; the names in a legend above. */
function byColumn(frame: ReturnType<typeof normalizeFrame>, cells: Cell[], segments: [number, string][], features: string[]): string {
  const featureRoom = Math.min(frame.width * 0.34, Math.max(...features.map((f) => textWidth(f))));
  const marginLeft = featureRoom + chartDefaults.gap;
  const columnWidth = (frame.width - marginLeft - chartDefaults.gap) / segments.length;
  const swatches = segments.map(([s, n]) => ({ label: `${s} ${n}`, color: segmentColor(s) }));
  const legendRows = 1 + Math.max(...swatchLayout(swatches.map((s) => s.label), frame.width - 8).map((s) => s.row));
  const marginTop = legendRows * swatchRowHeight + 30;
  const plotHeight = features.length * chartDefaults.rowHeight;
  const legendWidth = Math.min(36, (frame.width - 16) / binColors.length);
  return renderPlot(
    frame,
    {
      height: marginTop + plotHeight + chartDefaults.legendHeight,
      marginTop,
      marginBottom: chartDefaults.legendHeight,
      marginLeft,
      marginRight: chartDefaults.gap,
      x: { type: 'band', domain: segments.map(([s]) => s), axis: 'top', tickSize: 0, label: null, padding: 0.04, tickFormat: (s: number) => String(s) },
      y: { type: 'band', domain: features, axis: 'left', tickSize: 0, label: null, padding: 0.08, tickFormat: (f: string) => fitText(f, featureRoom) },
      marks: cellMarks(cells, 'segment', 'feature', columnWidth, frame),
    },
    (svg, draw) => {
      svg.append(wrappedSwatches(draw, swatches, 8, 12, frame.width - 8));
      svg.append(binLegend(draw, binColors, edgeLabels, frame.words.profile.legendShort, 8, marginTop + plotHeight + 18, legendWidth));
    },
  );
}

function cellMarks(cells: Cell[], x: 'feature' | 'segment', y: 'feature' | 'segment', columnWidth: number, frame: Frame): Plot.Markish[] {
  return [
    Plot.cell(cells, { x, y, fill: (c: Cell) => binColors[c.bin], stroke: '#e6e4df', title: (c: Cell) => `${c.name}\n${c.feature}: ${c.text}\n${describeZ(c.z, frame)}` }),
    Plot.text(cells, { x, y, text: (c: Cell) => fitText(c.text, columnWidth - 6), fill: (c: Cell) => (darkBins.has(c.bin) ? 'white' : defaults.colors.text), fontVariant: 'tabular-nums' }),
  ];
}

function describeZ(z: number, { words, formatter }: Frame): string {
  if (Math.abs(z) < 0.25) return words.profile.about;
  const sd = Math.round(Math.abs(z) * 10) / 10;
  return words.profile.away(sd, formatter.decimal(sd, 1, 1), z > 0);
}
