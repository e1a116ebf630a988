// One value per calendar month as a line with a dot per month, e.g. the average review score:
// months missing from the data, or without a value, break the line rather than bridge it.
import * as Plot from '@observablehq/plot';
import { monthRange, monthTicks } from './months.ts';
import { checkRows, defaults, finite, normalizeFormat, normalizeFrame, toneColor, valueFormatters, type CommonOptions, type Tone, type ValueFormat } from './options.ts';
import { noDataSvg, renderPlot } from './render.ts';

export interface MonthlyLineRow {
  month: string; // YYYY-MM
  value: number | null;
  /** A second line of the dot's tooltip, e.g. `179 reviews`. */
  note?: string | null;
}

export interface MonthlyLineOptions extends CommonOptions {
  /** The y axis title, e.g. `Average review score (1–5)`. */
  valueLabel?: string;
  format?: ValueFormat;
  tone?: Tone;
  /** A fixed y range, e.g. [1, 5] for a review score; default from zero to the largest value. */
  domain?: [number, number];
  height?: number;
}

const chartDefaults = { height: 240, marginTop: 28, marginRight: 24, marginBottom: 32, marginLeft: 56 };

interface Point {
  month: string;
  value: number;
  title: string;
}

export function monthlyLineChart(rows: readonly MonthlyLineRow[], options: MonthlyLineOptions = {}): string {
  const frame = normalizeFrame(options, 'monthly-line', (w) => (options.valueLabel ? w.monthlyLine.title(options.valueLabel) : w.monthlyLine.fallback));
  const format = normalizeFormat(options.format, 'count');
  const color = toneColor(options.tone);
  const { height = chartDefaults.height, valueLabel, domain } = options;
  if (domain && !(finite(domain[0], 'domain[0]') < finite(domain[1], 'domain[1]'))) throw new Error(`invalid domain: ${domain.join(', ')}`);
  const formatters = valueFormatters(format, frame);
  const data = checkRows(rows, 'monthlyLineChart').map((row, i) => {
    if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(String(row?.month))) throw new Error(`row ${i}: invalid month: ${row?.month}`);
    return { month: row.month, value: row.value === null ? null : finite(row.value, `row ${i} value`), note: row.note ?? null };
  });
  if (new Set(data.map((d) => d.month)).size < data.length) throw new Error('monthlyLineChart: one row per month');
  const points: Point[] = data
    .filter((d): d is typeof d & { value: number } => d.value !== null)
    .map((d) => ({ month: d.month, value: d.value, title: [frame.formatter.month(d.month), formatters.label(d.value), d.note].filter(Boolean).join('\n') }));
  if (points.length === 0) return noDataSvg(frame);
  const months = monthRange(data.map((d) => d.month));
  // Every month of the range gets a place on the line; NaN where there is no value breaks it.
  const byMonth = new Map(points.map((p) => [p.month, p.value]));
  const line = months.map((month) => ({ month, value: byMonth.get(month) ?? Number.NaN }));
  const high = Math.max(...points.map((p) => p.value));
  const plotWidth = frame.width - chartDefaults.marginLeft - chartDefaults.marginRight;

  return renderPlot(frame, {
    height,
    marginTop: chartDefaults.marginTop,
    marginRight: chartDefaults.marginRight,
    marginBottom: chartDefaults.marginBottom,
    marginLeft: chartDefaults.marginLeft,
    x: { type: 'point', domain: months, padding: 0.5, ticks: monthTicks(months, plotWidth, frame.formatter.month), tickFormat: frame.formatter.month, label: null },
    y: {
      domain: domain ?? [0, high > 0 ? high : 1],
      nice: !domain,
      grid: true,
      tickFormat: formatters.tick,
      label: valueLabel ?? null,
      labelAnchor: 'top',
    },
    marks: [
      Plot.lineY(line, { x: 'month', y: 'value', stroke: color, strokeWidth: 2 }),
      Plot.dot(points, { x: 'month', y: 'value', fill: color, r: 3, title: 'title' }),
      Plot.ruleY([domain ? domain[0] : 0], { stroke: defaults.colors.text, strokeOpacity: 0.6 }),
    ],
  });
}
