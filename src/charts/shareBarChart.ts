// Shares of a whole: one 100% stacked bar per series (e.g. "Customers" and "Net revenue"),
// one segment per label (e.g. private vs shop), the percentage printed inside each segment
// that is wide enough for it. Negative values have no share: they count as 0.
import * as Plot from '@observablehq/plot';
import { swatchLegend, swatchLegendWidth, type Swatch } from './legend.ts';
import { fitText, textWidth } from './textWidth.ts';
import { checkRows, defaults, finite, normalizeFrame, truncate, type CommonOptions } from './options.ts';
import type { Formatter } from '../format/formatter.ts';
import { noDataSvg, renderPlot } from './render.ts';

export interface ShareBarRow {
  /** Which bar; rows without a series form a single bar. */
  series?: string;
  label: string;
  value: number;
}

export interface ShareBarOptions extends CommonOptions {
  /** Colours for labels, in order of first appearance; default: the calm categorical palette. */
  colors?: readonly string[];
}

const chartDefaults = { barHeight: 36, gap: 18, marginTop: 32, marginBottom: 20, marginRight: 20, minLabelWidth: 40 };

interface Segment {
  series: string;
  label: string;
  value: number;
  share: number;
  text: string;
}

export function shareBarChart(rows: readonly ShareBarRow[], options: ShareBarOptions = {}): string {
  const frame = normalizeFrame(options, 'share-bar', (w) => w.share.title);
  const palette = options.colors ?? defaults.categorical;
  if (palette.some((c) => !/^#[0-9a-f]{3}([0-9a-f]{3})?$/i.test(c))) throw new Error('colors must be hex colours');
  const segments = toSegments(checkRows(rows, 'shareBarChart'), frame.formatter);
  if (segments.length === 0) return noDataSvg(frame);

  const seriesNames = unique(segments.map((s) => s.series));
  const labels = unique(segments.map((s) => s.label));
  const colorOf = new Map(labels.map((label, i) => [label, palette[i % palette.length]!]));
  const single = seriesNames.length === 1 && seriesNames[0] === '';
  const marginLeft = single ? 20 : Math.min(200, Math.max(...seriesNames.map((s) => textWidth(truncate(s)))) + 16);
  const plotWidth = frame.width - marginLeft - chartDefaults.marginRight;
  const barStep = chartDefaults.barHeight + chartDefaults.gap;
  const stack = { x: 'share', y: 'series', z: 'label', order: labels } as const;
  // The legend wraps onto as many rows as it needs (a segment chart has up to a dozen long names).
  const legendRows = wrapSwatches(labels.map((label) => ({ label: fitText(truncate(label, 48), plotWidth - 16), color: colorOf.get(label)! })), plotWidth);
  const marginTop = chartDefaults.marginTop + (legendRows.length - 1) * LEGEND_ROW;

  return renderPlot(
    frame,
    {
      height: marginTop + seriesNames.length * barStep + chartDefaults.marginBottom,
      marginTop,
      marginBottom: chartDefaults.marginBottom,
      marginLeft,
      marginRight: chartDefaults.marginRight,
      x: { domain: [0, 1], ticks: [0, 0.25, 0.5, 0.75, 1], tickFormat: (v: number) => frame.formatter.percent(v, 0), label: null },
      y: {
        type: 'band',
        domain: seriesNames,
        padding: chartDefaults.gap / barStep,
        axis: single ? null : 'left',
        tickFormat: (s: string) => truncate(s),
        tickSize: 0,
        label: null,
      },
      color: { type: 'identity' },
      marks: [
        Plot.barX(
          segments,
          Plot.stackX({
            ...stack,
            fill: (s: Segment) => colorOf.get(s.label),
            stroke: 'white',
            title: (s: Segment) => `${s.series ? `${s.series}${frame.words.colon} ` : ''}${s.label}\n${s.text} (${frame.formatter.decimal(s.value, 3)})`,
          }),
        ),
        Plot.text(
          segments,
          Plot.stackX({
            ...stack,
            filter: (s: Segment) => s.share * plotWidth >= Math.max(chartDefaults.minLabelWidth, textWidth(s.text) + 8),
            text: 'text',
            fill: (s: Segment) => (isDark(colorOf.get(s.label)!) ? 'white' : defaults.colors.text),
            fontWeight: 'bold',
          }),
        ),
      ],
    },
    (svg, draw) => {
      legendRows.forEach((row, i) => svg.append(swatchLegend(draw, row, marginLeft, 12 + i * LEGEND_ROW)));
    },
  );
}

const LEGEND_ROW = 16;

/** Swatches in rows no wider than `width`, in order. */
export function wrapSwatches(swatches: readonly Swatch[], width: number): Swatch[][] {
  const rows: Swatch[][] = [[]];
  for (const swatch of swatches) {
    const row = rows.at(-1)!;
    if (row.length > 0 && swatchLegendWidth([...row, swatch]) > width) rows.push([swatch]);
    else row.push(swatch);
  }
  return rows;
}

function toSegments(rows: readonly ShareBarRow[], formatter: Formatter): Segment[] {
  const parsed = rows.map((row, i) => ({
    series: String(row?.series ?? '').trim(),
    label: String(row?.label ?? '').trim() || '(no label)',
    value: Math.max(0, finite(row?.value, `row ${i} value`)),
  }));
  const totals = new Map<string, number>();
  for (const { series, value } of parsed) totals.set(series, (totals.get(series) ?? 0) + value);
  return parsed
    .filter(({ series }) => totals.get(series)! > 0)
    .map((row) => {
      const share = row.value / totals.get(row.series)!;
      return { ...row, share, text: formatter.percent(share) };
    });
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

/** Whether white text reads better than dark text on this hex colour (relative luminance). */
function isDark(hex: string): boolean {
  const full = hex.length === 4 ? hex.replace(/[0-9a-f]/gi, (c) => c + c) : hex;
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(full.slice(i, i + 2), 16) / 255) as [number, number, number];
  const linear = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b) < 0.4;
}
