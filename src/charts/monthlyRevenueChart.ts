// Net revenue per month as bars above zero (the accent colour), returns as bars below zero
// (muted red), on one band per calendar month; months missing from the data stay empty.
import * as Plot from '@observablehq/plot';
import { currencySymbol, formatMoney, formatMoneyShort, formatMonth } from './format.ts';
import { swatchLegend } from './legend.ts';
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
}

const chartDefaults = { height: 320, marginTop: 40, marginRight: 16, marginBottom: 32, marginLeft: 56, padding: 0.2 };

export function monthlyRevenueChart(rows: readonly MonthlyRevenueRow[], options: MonthlyRevenueOptions = {}): string {
  const frame = normalizeFrame(options, 'monthly-revenue', 'Net revenue and returns per month');
  const { height = chartDefaults.height, returnsLabel = 'Returns' } = options;
  const data = checkRows(rows, 'monthlyRevenueChart').map(normalizeRow);
  if (data.length === 0) return noDataSvg(frame);
  const symbol = currencySymbol(frame.currency);
  const months = monthRange(data.map((d) => d.month));
  if (new Set(data.map((d) => d.month)).size < data.length) throw new Error('monthlyRevenueChart: one row per month');
  const plotWidth = frame.width - chartDefaults.marginLeft - chartDefaults.marginRight;
  // Returns are drawn over net, narrower, so a month whose net is negative still shows both.
  const returnsInset = ((plotWidth / months.length) * (1 - chartDefaults.padding)) / 5;
  const low = Math.min(0, ...data.map((d) => Math.min(d.net, -d.returns)));
  const high = Math.max(0, ...data.map((d) => d.net));
  const title = (d: MonthlyRevenueRow) =>
    `${formatMonth(d.month)}\nNet ${formatMoney(d.net, symbol)}\nGross ${formatMoney(d.gross, symbol)}\n${returnsLabel} ${formatMoney(d.returns, symbol)}`;

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
        ticks: monthTicks(months, plotWidth),
        tickFormat: formatMonth,
        label: null,
      },
      y: { domain: low === high ? [0, 1] : [low, high], grid: true, nice: true, tickFormat: (v: number) => formatMoneyShort(v, symbol), label: null },
      marks: [
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
            { label: 'Net revenue', color: defaults.colors.net },
            { label: `${returnsLabel} (shown below zero)`, color: defaults.colors.returns },
          ],
          8,
          12,
        ),
      );
    },
  );
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

/** Every month from the first to the last, so gaps in the data show as gaps. */
export function monthRange(months: readonly string[]): string[] {
  const sorted = [...months].sort();
  const index = (m: string) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7)) - 1;
  const out: string[] = [];
  for (let i = index(sorted[0]!); i <= index(sorted.at(-1)!); i++) {
    out.push(`${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
  }
  return out;
}

/** Every 1st, 2nd, 3rd, 6th, 12th, … month, so `Jan 2010` labels never overlap; January stays in step. */
export function monthTicks(months: readonly string[], plotWidth: number): string[] {
  const fit = Math.max(1, Math.floor(plotWidth / 58)); // `Jan 2010` is ≈ 48px wide, plus a gap
  const step = [1, 2, 3, 6, 12, 24, 36, 60, 120].find((s) => Math.ceil(months.length / s) <= fit) ?? 120;
  return months.filter((m) => (Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7)) - 1) % step === 0);
}
