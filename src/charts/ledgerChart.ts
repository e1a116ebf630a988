// The data-quality ledger: rows per rule as horizontal bars, kept and excluded in two
// colours. Counts run from 1 to millions, so x is a symlog scale (a log that also holds 0)
// with power-of-ten ticks, and the exact count is printed at each bar's end.
import * as Plot from '@observablehq/plot';
import { swatchLegend, swatchLegendWidth } from './legend.ts';
import { fitText, textWidth } from './textWidth.ts';
import { checkRows, defaults, finite, normalizeFrame, truncate, type CommonOptions } from './options.ts';
import { noDataSvg, renderPlot } from './render.ts';

export type LedgerKind = 'kept' | 'excluded';

export interface LedgerRow {
  rule: string;
  kind: LedgerKind;
  rows: number;
}

export interface LedgerOptions extends CommonOptions {
  /** The axis title; default `Rows (log scale)`. */
  valueLabel?: string;
}

// Rule names may take up to this share of the width; longer ones are cut to fit.
const chartDefaults = { rowHeight: 22, marginTop: 44, marginBottom: 8, labelShareMax: 0.4, gap: 8, tickLabelSpace: 32 };
const colors: Record<LedgerKind, string> = { kept: defaults.colors.net, excluded: defaults.colors.excluded };

interface Bar {
  index: number;
  rule: string;
  short: string;
  kind: LedgerKind;
  rows: number;
  text: string;
}

export function ledgerChart(rows: readonly LedgerRow[], options: LedgerOptions = {}): string {
  const frame = normalizeFrame(options, 'ledger', (w) => w.ledger.title);
  const bars: Bar[] = checkRows(rows, 'ledgerChart').map((row, index) => {
    const count = finite(row?.rows, `row ${index} rows`);
    if (count < 0) throw new Error(`row ${index}: negative rows: ${count}`);
    if (row.kind !== 'kept' && row.kind !== 'excluded') throw new Error(`row ${index}: invalid kind: ${String(row.kind)}`);
    const rule = String(row.rule ?? '').trim() || '(no rule)';
    return { index, rule, short: truncate(rule), kind: row.kind, rows: count, text: frame.formatter.count(count) };
  });
  if (bars.length === 0) return noDataSvg(frame);

  const max = Math.max(1, ...bars.map((b) => b.rows));
  const ticks = powersOfTen(max);
  const labelRoom = Math.min(frame.width * chartDefaults.labelShareMax, Math.max(...bars.map((b) => textWidth(b.short))));
  for (const bar of bars) bar.short = fitText(bar.short, labelRoom);
  const marginLeft = labelRoom + 2 * chartDefaults.gap;
  const marginRight = Math.max(...bars.map((b) => textWidth(b.text))) + 2 * chartDefaults.gap;
  // On a narrow chart, label every second (or third…) power of ten so the labels do not touch.
  const labelEvery = Math.ceil((ticks.length * chartDefaults.tickLabelSpace) / Math.max(frame.width - marginLeft - marginRight, 1));
  const kinds = (['kept', 'excluded'] as const).filter((kind) => bars.some((b) => b.kind === kind));

  return renderPlot(
    frame,
    {
      height: chartDefaults.marginTop + bars.length * chartDefaults.rowHeight + chartDefaults.marginBottom,
      marginTop: chartDefaults.marginTop,
      marginBottom: chartDefaults.marginBottom,
      marginLeft,
      marginRight,
      x: {
        type: 'symlog',
        domain: [0, ticks.at(-1)!],
        axis: 'top',
        grid: true,
        ticks,
        tickFormat: (value: number, i: number) => (i % labelEvery === 0 ? frame.formatter.countTick(value) : ''),
        label: options.valueLabel ?? frame.words.ledger.axis,
        labelAnchor: 'left',
      },
      y: { type: 'band', domain: bars.map((b) => b.index), axis: null, padding: 0.25 },
      marks: [
        Plot.barX(bars, {
          y: 'index',
          x: 'rows',
          fill: (b: Bar) => colors[b.kind],
          title: (b: Bar) => `${b.rule}\n${b.kind}: ${b.text} rows`,
        }),
        Plot.ruleX([0], { stroke: defaults.colors.text, strokeOpacity: 0.6 }),
        Plot.text(bars, { y: 'index', x: 'rows', text: 'text', dx: 4, textAnchor: 'start', fontVariant: 'tabular-nums' }),
        Plot.text(bars, { y: 'index', frameAnchor: 'left', dx: -chartDefaults.gap, textAnchor: 'end', text: 'short', title: 'rule' }),
      ],
      color: { type: 'identity' },
    },
    (svg, draw) => {
      const swatches = kinds.map((kind) => ({ label: kind === 'kept' ? 'Kept' : 'Excluded', color: colors[kind] }));
      svg.append(swatchLegend(draw, swatches, frame.width - swatchLegendWidth(swatches) - 8, 10));
    },
  );
}

/** 1, 10, 100, … up to the first power of ten ≥ max. */
function powersOfTen(max: number): number[] {
  const ticks = [1];
  while (ticks.at(-1)! < max) ticks.push(ticks.at(-1)! * 10);
  return ticks;
}
