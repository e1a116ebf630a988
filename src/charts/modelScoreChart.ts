// One quality score of every candidate segmentation against the number of segments k: a line
// per model family, the chosen model ringed and labelled, the RFM baseline as a dashed rule.
// Used for the elbow (within-segment sum of squares) and for silhouette, Davies–Bouldin and
// Calinski–Harabasz, each with its "better" direction said on the axis.
import * as Plot from '@observablehq/plot';
import { nice, tickStep, ticks } from 'd3-array';
import { checkRows, defaults, finite, normalizeFrame, type CommonOptions } from './options.ts';
import { drawWrappedHeader, wrapLabel, wrappedHeaderHeight } from './projectionScatterChart.ts';
import { noDataSvg, renderPlot } from './render.ts';
import type { Formatter } from '../format/formatter.ts';
import { textWidth } from './textWidth.ts';

export interface ModelScoreRow {
  /** e.g. `k-means`; one line each. */
  family: string;
  k: number;
  value: number | null;
  chosen?: boolean;
}

export interface ModelScoreOptions extends CommonOptions {
  valueLabel: string;
  /** Which way is better; `null` for the elbow, where the bend matters rather than the level. */
  better: 'higher' | 'lower' | null;
  /** A reference level, e.g. the RFM groups' silhouette. */
  baseline?: { label: string; value: number } | null;
  /** Legend names of the families, e.g. `{ 'k-means': 'k-means' }`; default the family itself. */
  familyLabels?: Record<string, string>;
  height?: number;
}

const chartDefaults = { height: 240, marginRight: 24, marginBottom: 36, marginLeft: 64 };
/** Below this width the chart is the phone version: y ticks and legend closer to the edge. */
const NARROW = 400;

/**
 * Ticks of a linear axis in the chart's locale (`0,05`, `20 000` in French), all with the
 * decimals of the step: the domain made nice as Plot would, about `count` ticks.
 */
export function localeTicks(domain: [number, number], count: number, formatter: Formatter, makeNice = true): { domain: [number, number]; ticks: number[]; format: (v: number) => string } {
  const [low, high] = makeNice ? nice(domain[0], domain[1], 10) : domain;
  const values = ticks(low, high, count);
  const step = Math.abs(tickStep(low, high, count));
  let digits = 0;
  while (digits < 6 && Math.abs(step * 10 ** digits - Math.round(step * 10 ** digits)) > 1e-6 * 10 ** digits) digits += 1;
  return { domain: [low, high], ticks: values, format: (v: number) => formatter.decimal(v, digits, digits) };
}
const familyColors = [defaults.colors.net, defaults.categorical[1], defaults.categorical[2]];

export function modelScoreChart(rows: readonly ModelScoreRow[], options: ModelScoreOptions): string {
  const frame = normalizeFrame(options, 'model-score', (w) => w.modelScore.title(options.valueLabel));
  const data = checkRows(rows, 'modelScoreChart')
    .filter((row) => row?.value !== null && row?.value !== undefined && Number.isFinite(row.value))
    .map((row, i) => ({ family: String(row.family), k: finite(row.k, `row ${i} k`), value: finite(row.value, `row ${i} value`), chosen: row.chosen === true }));
  if (data.length === 0) return noDataSvg(frame);
  const families = [...new Set(data.map((d) => d.family))];
  const colorOf = new Map(families.map((f, i) => [f, familyColors[i % familyColors.length]!]));
  const ks = [...new Set(data.map((d) => d.k))].sort((a, b) => a - b);
  const { baseline } = options;
  const values = [...data.map((d) => d.value), ...(baseline ? [baseline.value] : [])];
  const hint = options.better === 'higher' ? frame.words.modelScore.higher : options.better === 'lower' ? frame.words.modelScore.lower : '';
  const chosen = data.filter((d) => d.chosen);
  const swatches = families.map((f) => ({ label: label(options, f), color: colorOf.get(f)! }));
  const height = options.height ?? chartDefaults.height;
  const y = localeTicks([Math.min(0, ...values), Math.max(...values)], Math.max(3, (height - chartDefaults.marginBottom) / 35), frame.formatter);
  const narrow = frame.width < NARROW;
  const marginLeft = narrow ? Math.max(36, 14 + Math.max(...y.ticks.map((t) => textWidth(y.format(t))))) : chartDefaults.marginLeft;
  const legendLeft = narrow ? 8 : marginLeft;
  const legendWidth = frame.width - legendLeft - (narrow ? 8 : 0);
  const yTitle = wrapLabel(`${options.valueLabel}${hint}`, frame.width - 6);
  const marginTop = wrappedHeaderHeight(swatches, legendWidth, yTitle.length) + 8;

  return renderPlot(
    frame,
    {
      height: height + marginTop,
      marginTop,
      marginRight: chartDefaults.marginRight,
      marginBottom: chartDefaults.marginBottom,
      marginLeft,
      x: { domain: [ks[0]! - 0.3, ks.at(-1)! + 0.3], ticks: ks, tickFormat: (k: number) => String(k), label: frame.words.modelScore.axis, labelAnchor: 'center', labelArrow: 'none' },
      y: { domain: y.domain, ticks: y.ticks, tickFormat: y.format, grid: true, label: null },
      marks: [
        ...(baseline
          ? [
              Plot.ruleY([baseline.value], { stroke: defaults.colors.neutral, strokeDasharray: '4,3' }),
              Plot.text([baseline], { y: 'value', frameAnchor: 'right', dy: -7, textAnchor: 'end', text: (b: { label: string }) => b.label, fill: defaults.colors.label }),
            ]
          : []),
        Plot.line(data, { x: 'k', y: 'value', z: 'family', stroke: (d: { family: string }) => colorOf.get(d.family), strokeWidth: 2 }),
        Plot.dot(data, { x: 'k', y: 'value', fill: (d: { family: string }) => colorOf.get(d.family), r: 3, title: (d: { family: string; k: number; value: number }) => `${label(options, d.family)}, k = ${d.k}\n${options.valueLabel}: ${frame.formatter.decimal(d.value, Math.abs(d.value) >= 100 ? 0 : 3)}` }),
        Plot.dot(chosen, { x: 'k', y: 'value', r: 8, stroke: defaults.colors.text, strokeWidth: 2, fill: 'none' }),
        Plot.text(chosen, { x: 'k', y: 'value', dy: -15, text: () => frame.words.modelScore.chosen, fontWeight: 'bold' }),
      ],
    },
    (svg, draw) => drawWrappedHeader(svg, draw, swatches, yTitle, legendLeft, legendWidth),
  );
}

function label(options: ModelScoreOptions, family: string): string {
  return options.familyLabels?.[family] ?? family;
}
