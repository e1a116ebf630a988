// Net revenue per month as bars above zero (the accent colour), returns as bars below zero
// (muted red), on one band per calendar month; months missing from the data stay empty.
import * as Plot from '@observablehq/plot';
import { swatchLegend } from './legend.ts';
import { monthRange, monthTicks } from './months.ts';
import { checkRows, defaults, finite, normalizeFrame, type CommonOptions } from './options.ts';
import { noDataSvg, renderPlot } from './render.ts';

export interface MonthlyRevenueRow {
  month: string; // YYYY-MM
  gross: number;
  returns: number;
  net: number;
}

export interface MonthlyRevenueOptions extends CommonOptions {
  height?: number;
  /** What the bars below zero are called in the legend, e.g. canceled orders on a marketplace. */
  returnsLabel?: string;
  /** Months only partly in the data (cut by its start or end, or touching a gap): shaded and labelled. */
  partialMonths?: readonly string[];
}

const chartDefaults = { height: 320, marginTop: 40, marginRight: 16, marginBottom: 32, marginLeft: 56, padding: 0.2 };

export function monthlyRevenueChart(rows: readonly MonthlyRevenueRow[], options: MonthlyRevenueOptions = {}): string {
  const frame = normalizeFrame(options, 'monthly-revenue', (w) => w.monthlyRevenue.title);
  const { height = chartDefaults.height, returnsLabel = 'Returns' } = options;
  const data = checkRows(rows, 'monthlyRevenueChart').map(normalizeRow);
  if (data.length === 0) return noDataSvg(frame);
  const { formatter, currency } = frame;
  const money = (v: number) => formatter.money(v, currency);
  const months = monthRange(data.map((d) => d.month));
  if (new Set(data.map((d) => d.month)).size < data.length) throw new Error('monthlyRevenueChart: one row per month');
  const plotWidth = frame.width - chartDefaults.marginLeft - chartDefaults.marginRight;
  // Returns are drawn over net, narrower, so a month whose net is negative still shows both.
  const returnsInset = ((plotWidth / months.length) * (1 - chartDefaults.padding)) / 5;
  const low = Math.min(0, ...data.map((d) => Math.min(d.net, -d.returns)));
  const high = Math.max(0, ...data.map((d) => d.net));
  const partial = new Set(options.partialMonths ?? []);
  const shaded = months.filter((m) => partial.has(m));
  const title = (d: MonthlyRevenueRow) =>
    `${formatter.month(d.month)}${partial.has(d.month) ? frame.words.monthlyRevenue.partialMonth : ''}\n${frame.words.monthlyRevenue.net} ${money(d.net)}\n${frame.words.monthlyRevenue.gross} ${money(d.gross)}\n${returnsLabel} ${money(d.returns)}`;

  return renderPlot(
    frame,
    {
      height,
      marginTop: chartDefaults.marginTop,
      marginRight: chartDefaults.marginRight,
      marginBottom: chartDefaults.marginBottom,
      marginLeft: chartDefaults.marginLeft,
      x: {
        type: 'band',
        domain: months,
        padding: chartDefaults.padding,
        ticks: monthTicks(months, plotWidth, formatter.month),
        tickFormat: formatter.month,
        label: null,
      },
      y: { domain: low === high ? [0, 1] : [low, high], grid: true, nice: true, tickFormat: (v: number) => formatter.moneyTick(v, currency), label: null },
      marks: [
        // A partial month is shaded behind its bars, so that a short bar reads as a cut month, not a bad one.
        Plot.barY(shaded, { x: (m: string) => m, y1: low, y2: high, fill: defaults.colors.neutral, fillOpacity: 0.18, insetLeft: -2, insetRight: -2 }),
        // One mark per run of partial months (several in a row would print over each other), kept inside the chart.
        ...(['start', 'end'] as const).map((anchor) =>
          Plot.text(partialRuns(months, partial).filter((run) => run.anchor === anchor), { x: 'month', y: high, text: () => frame.words.monthlyRevenue.partialMark, textAnchor: anchor, dx: anchor === 'start' ? -4 : 4, dy: -6, fontSize: 10, fill: defaults.colors.text }),
        ),
        Plot.barY(data, { x: 'month', y: 'net', fill: defaults.colors.net, title }),
        Plot.barY(data, {
          x: 'month',
          y: (d: MonthlyRevenueRow) => -d.returns,
          fill: defaults.colors.returns,
          insetLeft: returnsInset,
          insetRight: returnsInset,
          title,
        }),
        Plot.ruleY([0], { stroke: defaults.colors.text, strokeOpacity: 0.6 }),
      ],
    },
    (svg, draw) => {
      svg.append(
        swatchLegend(
          draw,
          [
            { label: frame.words.monthlyRevenue.netRevenue, color: defaults.colors.net },
            { label: frame.words.monthlyRevenue.belowZero(returnsLabel), color: defaults.colors.returns },
            ...(shaded.length > 0 ? [{ label: frame.words.monthlyRevenue.partial, color: '#e3e5e8' }] : []),
          ],
          8,
          12,
        ),
      );
    },
  );
}

/** The first month of each run of consecutive partial months (the last one in the right half of the chart, anchored to end there). */
export function partialRuns(months: readonly string[], partial: ReadonlySet<string>): { month: string; anchor: 'start' | 'end' }[] {
  const out: { month: string; anchor: 'start' | 'end' }[] = [];
  for (let i = 0; i < months.length; i++) {
    if (!partial.has(months[i]!) || partial.has(months[i - 1] ?? '')) continue;
    let last = i;
    while (partial.has(months[last + 1] ?? '')) last++;
    const right = (i + last) / 2 >= (months.length - 1) / 2;
    out.push(right ? { month: months[last]!, anchor: 'end' } : { month: months[i]!, anchor: 'start' });
  }
  return out;
}

function normalizeRow(row: MonthlyRevenueRow, i: number): MonthlyRevenueRow {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(String(row?.month))) throw new Error(`row ${i}: invalid month: ${row?.month}`);
  return {
    month: row.month,
    gross: finite(row.gross, `row ${i} gross`),
    // Returns are drawn as a size below zero whatever sign the export uses.
    returns: Math.abs(finite(row.returns, `row ${i} returns`)),
    net: finite(row.net, `row ${i} net`),
  };
}
