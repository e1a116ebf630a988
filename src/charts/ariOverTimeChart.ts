// How fast a segmentation goes stale: agreement (adjusted Rand index) between the segments of a
// model fitted at T0 and of a model refitted Δ weeks later, one thin line per T0, their mean
// in bold, the threshold as a dashed rule and the recommended refit interval marked.
import * as Plot from '@observablehq/plot';
import { localeTicks } from './modelScoreChart.ts';
import { checkRows, defaults, finite, normalizeFrame, type CommonOptions } from './options.ts';
import { drawWrappedHeader, wrapLabel, wrappedHeaderHeight } from './projectionScatterChart.ts';
import { noDataSvg, renderPlot } from './render.ts';

export interface AriOverTimeRow {
  /** ISO date of the model fit. */
  t0: string;
  weeks: number;
  ari: number;
}

export interface AriOverTimeOptions extends CommonOptions {
  threshold: number;
  /** Text beside the dashed rule; default "<threshold>: time to refit". */
  thresholdLabel?: string;
  /** Recommended refit interval in weeks, marked on the mean line; null when none. */
  refitWeeks?: number | null;
  height?: number;
}

const chartDefaults = { height: 260, marginRight: 24, marginBottom: 40, marginLeft: 48, narrowMarginLeft: 34, narrowMarginRight: 12 };
/** Below this width the chart is the phone version: y ticks and legend closer to the edges. */
const NARROW = 600;
const single = '#b9bec5';

export function ariOverTimeChart(rows: readonly AriOverTimeRow[], options: AriOverTimeOptions): string {
  const frame = normalizeFrame(options, 'ari-over-time', (w) => w.ari.title);
  const data = checkRows(rows, 'ariOverTimeChart').map((row, i) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(String(row?.t0))) throw new Error(`row ${i}: invalid t0: ${row?.t0}`);
    return { t0: row.t0, weeks: finite(row.weeks, `row ${i} weeks`), ari: finite(row.ari, `row ${i} ari`) };
  });
  if (data.length === 0) return noDataSvg(frame, frame.words.ari.notEnough);
  const threshold = finite(options.threshold, 'threshold');
  const weeks = [...new Set(data.map((d) => d.weeks))].sort((a, b) => a - b);
  const mean = weeks.map((w) => {
    const at = data.filter((d) => d.weeks === w);
    return { weeks: w, ari: at.reduce((s, d) => s + d.ari, 0) / at.length };
  });
  // Start the axis a little below the lowest value (at most at 0.5), so drops are visible.
  const low = Math.min(0.5, Math.floor((Math.min(...data.map((d) => d.ari), threshold) - 0.05) * 10) / 10);
  const marked = mean.filter((m) => m.weeks === options.refitWeeks);
  const from = (t0: string) => frame.formatter.month(t0.slice(0, 7));
  const swatches = [
    { label: frame.words.ari.mean, color: defaults.colors.net },
    { label: frame.words.ari.one, color: single },
  ];
  const narrow = frame.width < NARROW;
  const marginLeft = narrow ? chartDefaults.narrowMarginLeft : chartDefaults.marginLeft;
  const marginRight = narrow ? chartDefaults.narrowMarginRight : chartDefaults.marginRight;
  const legendLeft = narrow ? 8 : marginLeft;
  const legendWidth = frame.width - legendLeft - (narrow ? 8 : 0);
  const header = wrapLabel(frame.words.ari.header, frame.width - 6);
  const marginTop = wrappedHeaderHeight(swatches, legendWidth, header.length) + 8;
  const height = options.height ?? chartDefaults.height;
  const y = localeTicks([low, 1], Math.max(3, (height - chartDefaults.marginBottom) / 35), frame.formatter, false);
  const plotWidth = frame.width - marginLeft - marginRight;
  // Every 4th week (and the first), or every 8th when 4 would crowd a phone.
  const every = plotWidth / Math.max(1, weeks.at(-1)! / 4) < 28 ? 8 : 4;

  return renderPlot(
    frame,
    {
      height: height + marginTop,
      marginTop,
      marginRight,
      marginBottom: chartDefaults.marginBottom,
      marginLeft,
      x: { domain: [0, weeks.at(-1)!], ticks: weeks.filter((w) => w % every === 0 || w === weeks[0]), label: frame.words.ari.weeksAxis, labelAnchor: 'center', labelArrow: 'none' },
      y: { domain: y.domain, ticks: y.ticks, tickFormat: y.format, grid: true, label: null },
      marks: [
        Plot.ruleY([threshold], { stroke: defaults.colors.returns, strokeDasharray: '5,4' }),
        Plot.text([threshold], { y: (t: number) => t, frameAnchor: 'right', dx: -4, dy: threshold > 0.95 ? 8 : -6, textAnchor: 'end', text: (t: number) => options.thresholdLabel ?? frame.words.ari.threshold(frame.formatter.decimal(t, 2)), fill: defaults.colors.returns }),
        Plot.line(data, { x: 'weeks', y: 'ari', z: 't0', stroke: single, strokeWidth: 1.2 }),
        Plot.dot(data, { x: 'weeks', y: 'ari', r: 1.8, fill: single, title: (d: AriOverTimeRow) => frame.words.ari.dot(from(d.t0), d.weeks, frame.formatter.score(d.ari)) }),
        Plot.line(mean, { x: 'weeks', y: 'ari', stroke: defaults.colors.net, strokeWidth: 2.5 }),
        Plot.dot(mean, { x: 'weeks', y: 'ari', r: 3, fill: defaults.colors.net, title: (m: { weeks: number; ari: number }) => frame.words.ari.meanDot(m.weeks, frame.formatter.score(m.ari)) }),
        Plot.dot(marked, { x: 'weeks', y: 'ari', r: 8, stroke: defaults.colors.text, strokeWidth: 2, fill: 'none' }),
        Plot.text(marked, { x: 'weeks', y: 'ari', dy: -16, textAnchor: 'end', text: (m: { weeks: number }) => frame.words.ari.refitEvery(m.weeks), fontWeight: 'bold' }),
      ],
    },
    (svg, draw) => drawWrappedHeader(svg, draw, swatches, header, legendLeft, legendWidth),
  );
}
