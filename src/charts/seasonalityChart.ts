// One line per series (usually per year) over a position in the year (month 1–12, ISO week
// 1–53) or any numbered position, so the same period of different years can be compared.
// Missing points leave a gap rather than a line drawn through them.
import * as Plot from '@observablehq/plot';
import { fittingTicks } from './fittingTicks.ts';
import { swatchLegend, swatchLegendExtraHeight } from './legend.ts';
import { checkRows, defaults, finite, normalizeFormat, normalizeFrame, type CommonOptions, type ValueFormat, valueFormatters } from './options.ts';
import { noDataSvg, renderPlot } from './render.ts';

export interface SeasonalityRow {
  series: string;
  x: number;
  value: number;
}

export interface SeasonalityOptions extends CommonOptions {
  format?: ValueFormat;
  /** First and last position of the axis, e.g. [1, 12] for months. */
  xDomain: [number, number];
  xTicks?: number[];
  xTickFormat?: (x: number) => string;
  /** Used in tooltips, e.g. `Week`. */
  xLabel?: string;
  height?: number;
  /** Series in legend order; default: as first seen. */
  series?: string[];
}

const chartDefaults = { height: 300, marginTop: 36, marginRight: 28, marginBottom: 28, marginLeft: 56 };

export function seasonalityChart(rows: readonly SeasonalityRow[], options: SeasonalityOptions): string {
  const frame = normalizeFrame(options, 'seasonality', (w) => w.seasonality.title);
  const formatters = valueFormatters(normalizeFormat(options.format, 'money'), frame);
  const [from, to] = options.xDomain;
  const data = checkRows(rows, 'seasonalityChart').map((row, i) => ({ series: String(row?.series), x: finite(row.x, `row ${i} x`), value: finite(row.value, `row ${i} value`) }));
  if (data.length === 0) return noDataSvg(frame);
  const names = options.series ?? [...new Set(data.map((d) => d.series))];
  const palette = defaults.categorical;
  const color = (name: string) => palette[names.indexOf(name) % palette.length]!;
  const tick = options.xTickFormat ?? String;
  // Break a line where a position is missing: Plot draws gaps at NaN.
  const withGaps = names.flatMap((name) => {
    const byX = new Map(data.filter((d) => d.series === name).map((d) => [d.x, d.value]));
    if (byX.size === 0) return [];
    const xs = [...byX.keys()];
    const out: { series: string; x: number; value: number }[] = [];
    for (let x = Math.min(...xs); x <= Math.max(...xs); x++) out.push({ series: name, x, value: byX.get(x) ?? NaN });
    return out;
  });
  const plotWidth = frame.width - chartDefaults.marginLeft - chartDefaults.marginRight;
  const ticks = options.xTicks && fittingTicks(options.xTicks, plotWidth, tick);
  // The legend wraps onto more rows on a narrow chart; the plot moves down (and the chart grows) by as much.
  const swatches = names.map((name) => ({ label: name, color: color(name) }));
  const legendWidth = frame.width - chartDefaults.marginLeft - 8;
  const extra = swatchLegendExtraHeight(swatches, legendWidth);
  const title = (d: SeasonalityRow) => `${d.series}, ${options.xLabel ? `${options.xLabel} ` : ''}${tick(d.x)}\n${formatters.label(d.value)}`;

  return renderPlot(
    frame,
    {
      height: (options.height ?? chartDefaults.height) + extra,
      marginTop: chartDefaults.marginTop + extra,
      marginRight: chartDefaults.marginRight,
      marginBottom: chartDefaults.marginBottom,
      marginLeft: chartDefaults.marginLeft,
      x: { domain: [from, to], ticks, tickFormat: tick, label: null },
      y: { grid: true, nice: true, zero: true, tickFormat: formatters.tick, label: null },
      marks: [
        Plot.ruleY([0], { stroke: defaults.colors.text, strokeOpacity: 0.6 }),
        Plot.line(withGaps, { x: 'x', y: 'value', z: 'series', stroke: (d) => color(d.series), strokeWidth: 2 }),
        Plot.dot(data, { x: 'x', y: 'value', fill: (d) => color(d.series), r: 2.5, title }),
      ],
    },
    (svg, draw) => {
      svg.append(swatchLegend(draw, swatches, chartDefaults.marginLeft, 12, legendWidth));
    },
  );
}
