// A ranking: one horizontal bar per row, in the order given (largest first is the caller's
// sort), the label on the left cut to ~32 characters (and to the room left of the bars) with
// the full text in a tooltip, the exact value at the bar's end, and the label linked when the
// row has a safe `href`.
import * as Plot from '@observablehq/plot';
import { safeHref } from './href.ts';
import {
  checkRows,
  defaults,
  finite,
  normalizeFormat,
  normalizeFrame,
  toneColor,
  truncate,
  valueFormatters,
  type CommonOptions,
  type Tone,
  type ValueFormat,
} from './options.ts';
import { noDataSvg, renderPlot } from './render.ts';
import { fitText, textWidth } from './textWidth.ts';

export interface RankedBarRow {
  label: string;
  /** Shown after the label in brackets and never cut, e.g. a stock code: rows that share a label stay apart. */
  code?: string | null;
  value: number;
  href?: string | null;
}

export interface RankedBarOptions extends CommonOptions {
  /** The axis title, e.g. `Net revenue`. */
  valueLabel?: string;
  format?: ValueFormat;
  /** Bar colour: `net` (the accent, default), `returns`, `excluded` or `neutral`. */
  tone?: Tone;
  /** Characters before a label is cut (the code comes on top); default 32. */
  labelLength?: number;
}

// Beside the bars, labels may take up to `labelShareMax` of the width (longer ones are cut);
// charts narrower than `stackedBelow` px put labels that would be cut above their bars instead.
const chartDefaults = { marginTop: 36, marginBottom: 8, labelShareMax: 0.45, gap: 8, stackedBelow: 480 };
// Row height, and where bar, label and value sit in the row (px from the row's middle; the label's x from the plot's left edge).
const layouts = {
  beside: { rowHeight: 22, padding: 0.25, insetTop: 0, insetBottom: 0, labelDx: -chartDefaults.gap, labelDy: 0, valueDy: 0 },
  above: { rowHeight: 36, padding: 0, insetTop: 17, insetBottom: 5, labelDx: 3, labelDy: -10, valueDy: 6 },
};

interface Bar {
  index: number;
  full: string;
  short: string;
  value: number;
  text: string;
  href: string | undefined;
}

export function rankedBarChart(rows: readonly RankedBarRow[], options: RankedBarOptions = {}): string {
  const frame = normalizeFrame(options, 'ranked-bar', (w) => (options.valueLabel ? w.ranked.title(options.valueLabel) : w.ranked.fallback));
  const format = normalizeFormat(options.format, 'money');
  const fill = toneColor(options.tone);
  const { valueLabel, labelLength = defaults.labelLength } = options;
  if (!Number.isInteger(labelLength) || labelLength < 4) throw new Error(`invalid labelLength: ${labelLength}`);
  const formatters = valueFormatters(format, frame);
  const labels = checkRows(rows, 'rankedBarChart').map((row) => {
    const name = String(row?.label ?? '').trim() || '(no label)';
    const code = String(row?.code ?? '').trim();
    return { name: truncate(name, labelLength), code: code ? ` (${code})` : '', full: code ? `${name} (${code})` : name };
  });
  if (labels.length === 0) return noDataSvg(frame);
  const { gap } = chartDefaults;
  const longest = Math.max(...labels.map((l) => textWidth(l.name + l.code)));
  const besideRoom = frame.width * chartDefaults.labelShareMax;
  const stacked = frame.width < chartDefaults.stackedBelow && longest > besideRoom;
  const layout = stacked ? layouts.above : layouts.beside;
  const labelRoom = stacked ? frame.width - 2 * gap - layout.labelDx : Math.min(besideRoom, longest);
  const bars: Bar[] = rows.map((row, index) => {
    const value = finite(row?.value, `row ${index} value`);
    const { name, code, full } = labels[index]!;
    const short = fitText(name, labelRoom - textWidth(code)) + code;
    return { index, full, short, value, text: formatters.label(value), href: safeHref(row.href) };
  });

  // Stacked, the plot starts near the left edge: room for half the `0%` tick label centred there.
  const marginLeft = stacked ? gap + 4 : labelRoom + 2 * gap;
  const valueSpace = Math.max(...bars.map((b) => textWidth(b.text))) + gap;
  const { min, max } = extent(bars.map((b) => b.value));
  // Room for the value printed beside a negative bar, inside the plot's left edge.
  const plotWidth = frame.width - marginLeft - valueSpace;
  const lower = min < 0 ? min - ((max - min) * valueSpace) / Math.max(plotWidth - valueSpace, 1) : 0;

  return renderPlot(frame, {
    height: chartDefaults.marginTop + bars.length * layout.rowHeight + chartDefaults.marginBottom,
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
      // The label starts at the chart's left edge: on a phone a long one is cut to the width (the figure's heading says it in full).
      label: valueLabel == null ? null : fitText(valueLabel, frame.width - 3 - textWidth(' →') - gap),
      labelAnchor: 'left',
    },
    y: { type: 'band', domain: bars.map((b) => b.index), axis: null, padding: layout.padding },
    marks: [
      Plot.barX(bars, { y: 'index', x: 'value', fill, insetTop: layout.insetTop, insetBottom: layout.insetBottom, title: (b: Bar) => `${b.full}\n${b.text}` }),
      Plot.ruleX([0], { stroke: defaults.colors.text, strokeOpacity: 0.6 }),
      ...[1, -1].map((sign) =>
        Plot.text(bars, {
          filter: (b: Bar) => (b.value < 0 ? -1 : 1) === sign,
          y: 'index',
          x: 'value',
          text: 'text',
          dx: 4 * sign,
          dy: layout.valueDy,
          textAnchor: sign > 0 ? 'start' : 'end',
          fontVariant: 'tabular-nums',
        }),
      ),
      Plot.text(bars, {
        y: 'index',
        frameAnchor: 'left',
        dx: layout.labelDx,
        dy: layout.labelDy,
        textAnchor: stacked ? 'start' : 'end',
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
