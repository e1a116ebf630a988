// A ranking: one horizontal bar per row, in the order given (largest first is the caller's
// sort), the label on the left cut to ~32 characters with the full text in a tooltip, the
// exact value at the bar's end, and the label linked when the row has a safe `href`.
import * as Plot from '@observablehq/plot';
import { currencySymbol, valueFormatters } from './format.ts';
import { safeHref } from './href.ts';
import { textWidth } from './legend.ts';
import {
  checkRows,
  defaults,
  finite,
  normalizeFormat,
  normalizeFrame,
  toneColor,
  truncate,
  type CommonOptions,
  type Tone,
  type ValueFormat,
} from './options.ts';
import { noDataSvg, renderPlot } from './render.ts';

export interface RankedBarRow {
  label: string;
  value: number;
  href?: string | null;
}

export interface RankedBarOptions extends CommonOptions {
  /** The axis title, e.g. `Net revenue`. */
  valueLabel?: string;
  format?: ValueFormat;
  /** Bar colour: `net` (the accent, default), `returns`, `excluded` or `neutral`. */
  tone?: Tone;
  /** Characters before a label is cut; default 32. */
  labelLength?: number;
}

const chartDefaults = { rowHeight: 22, marginTop: 36, marginBottom: 8, marginLeftMax: 260, gap: 8 };

interface Bar {
  index: number;
  full: string;
  short: string;
  value: number;
  text: string;
  href: string | undefined;
}

export function rankedBarChart(rows: readonly RankedBarRow[], options: RankedBarOptions = {}): string {
  const frame = normalizeFrame(options, 'ranked-bar', options.valueLabel ? `Ranking by ${options.valueLabel}` : 'Ranking');
  const format = normalizeFormat(options.format, 'money');
  const fill = toneColor(options.tone);
  const { valueLabel, labelLength = defaults.labelLength } = options;
  if (!Number.isInteger(labelLength) || labelLength < 4) throw new Error(`invalid labelLength: ${labelLength}`);
  const formatters = valueFormatters(format, currencySymbol(frame.currency));
  const bars: Bar[] = checkRows(rows, 'rankedBarChart').map((row, index) => {
    const value = finite(row?.value, `row ${index} value`);
    const full = String(row.label ?? '').trim() || '(no label)';
    return { index, full, short: truncate(full, labelLength), value, text: formatters.label(value), href: safeHref(row.href) };
  });
  if (bars.length === 0) return noDataSvg(frame);

  const marginLeft = Math.min(chartDefaults.marginLeftMax, Math.max(...bars.map((b) => textWidth(b.short))) + 2 * chartDefaults.gap);
  const valueSpace = Math.max(...bars.map((b) => textWidth(b.text))) + chartDefaults.gap;
  const { min, max } = extent(bars.map((b) => b.value));
  // Room for the value printed beside a negative bar, inside the plot's left edge.
  const plotWidth = frame.width - marginLeft - valueSpace;
  const lower = min < 0 ? min - ((max - min) * valueSpace) / Math.max(plotWidth - valueSpace, 1) : 0;

  return renderPlot(frame, {
    height: chartDefaults.marginTop + bars.length * chartDefaults.rowHeight + chartDefaults.marginBottom,
    marginTop: chartDefaults.marginTop,
    marginBottom: chartDefaults.marginBottom,
    marginLeft,
    marginRight: valueSpace,
    x: {
      axis: 'top',
      domain: [lower, max > 0 ? max : lower < 0 ? 0 : 1], // all zero: an empty axis, not full bars
      nice: min >= 0,
      grid: true,
      ticks: Math.max(2, Math.floor(plotWidth / 90)),
      tickFormat: formatters.tick,
      label: valueLabel ?? null,
      labelAnchor: 'left',
    },
    y: { type: 'band', domain: bars.map((b) => b.index), axis: null, padding: 0.25 },
    marks: [
      Plot.barX(bars, { y: 'index', x: 'value', fill, title: (b: Bar) => `${b.full}\n${b.text}` }),
      Plot.ruleX([0], { stroke: defaults.colors.text, strokeOpacity: 0.6 }),
      ...[1, -1].map((sign) =>
        Plot.text(bars, {
          filter: (b: Bar) => (b.value < 0 ? -1 : 1) === sign,
          y: 'index',
          x: 'value',
          text: 'text',
          dx: 4 * sign,
          textAnchor: sign > 0 ? 'start' : 'end',
          fontVariant: 'tabular-nums',
        }),
      ),
      Plot.text(bars, {
        y: 'index',
        frameAnchor: 'left',
        dx: -chartDefaults.gap,
        textAnchor: 'end',
        text: 'short',
        title: 'full',
        href: 'href',
      }),
    ],
  }, linkColor);
}

/** Links read as links: the accent colour (Plot leaves `<a>` to inherit). */
function linkColor(svg: Element): void {
  for (const link of Array.from(svg.querySelectorAll('a'))) link.setAttribute('fill', defaults.colors.net);
}

function extent(values: number[]): { min: number; max: number } {
  return { min: Math.min(...values), max: Math.max(...values) };
}
