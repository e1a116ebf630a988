// Forecast accuracy against the baseline: one row per group (demand class), one dot per method
// at its error relative to seasonal naive (MASE ÷ seasonal naive's MASE on the same cases).
// Left of the line at 1 beats the baseline; the method chosen for the group is ringed.
import * as Plot from '@observablehq/plot';
import { swatchLegend, swatchLegendWidth } from './legend.ts';
import { checkRows, defaults, finite, normalizeFrame, type CommonOptions } from './options.ts';
import { noDataSvg, renderPlot } from './render.ts';
import { textWidth } from './textWidth.ts';

export interface BacktestPoint {
  group: string;
  method: string;
  value: number;
  chosen: boolean;
}

export interface BacktestChartOptions extends CommonOptions {
  /** Methods in legend order; default: as first seen. */
  methods?: string[];
  /** The axis title. */
  valueLabel?: string;
  /** What the line at 1 stands for; default seasonal naive. */
  ruleLabel?: string;
}

const chartDefaults = { rowHeight: 34, marginTop: 64, marginRight: 24, marginBottom: 36, labelGap: 10 };

export function backtestChart(points: readonly BacktestPoint[], options: BacktestChartOptions = {}): string {
  const frame = normalizeFrame(options, 'backtest', (w) => w.backtest.title);
  const data = checkRows(points, 'backtestChart').map((p, i) => ({ group: String(p?.group), method: String(p?.method), value: finite(p.value, `point ${i} value`), chosen: p.chosen === true }));
  if (data.length === 0) return noDataSvg(frame);
  const methods = options.methods ?? [...new Set(data.map((d) => d.method))];
  const groups = [...new Set(data.map((d) => d.group))];
  const color = (method: string) => defaults.categorical[methods.indexOf(method) % defaults.categorical.length]!;
  const high = Math.max(1.2, ...data.map((d) => d.value)) * 1.05;
  const marginLeft = Math.ceil(Math.max(...groups.map((g) => textWidth(g)))) + chartDefaults.labelGap + 6;
  const rule = options.ruleLabel ?? frame.words.backtest.rule;
  const title = (d: (typeof data)[number]) => `${d.group}${frame.words.colon} ${d.method}\n${frame.formatter.decimal(d.value, 2)} × ${rule}${d.chosen ? frame.words.backtest.chosenMark : ''}`;

  return renderPlot(
    frame,
    {
      height: chartDefaults.marginTop + chartDefaults.marginBottom + groups.length * chartDefaults.rowHeight,
      marginTop: chartDefaults.marginTop,
      marginRight: chartDefaults.marginRight,
      marginBottom: chartDefaults.marginBottom,
      marginLeft,
      x: { domain: [0, high], grid: true, label: options.valueLabel ?? 'MASE ÷ seasonal naive’s MASE (below 1 = better than the baseline)', labelAnchor: 'center', labelArrow: 'none' },
      y: { type: 'point', domain: groups, label: null, tickSize: 0, padding: 0.5 },
      marks: [
        Plot.ruleX([1], { stroke: defaults.colors.text, strokeDasharray: '4,3' }),
        Plot.text([1], { x: (v: number) => v, frameAnchor: 'top', dy: -8, text: () => rule, fill: defaults.colors.label }),
        Plot.dot(data.filter((d) => d.chosen), { x: 'value', y: 'group', r: 8, stroke: defaults.colors.text, strokeWidth: 1.5, fill: 'none' }),
        Plot.dot(data, { x: 'value', y: 'group', r: 4.5, fill: (d) => color(d.method), title }),
      ],
    },
    (svg, draw) => {
      // The legend wraps onto a second line when the methods do not fit on one.
      const swatches = methods.map((m) => ({ label: m, color: color(m) }));
      let split = swatches.length;
      while (split > 1 && swatchLegendWidth(swatches.slice(0, split)) > frame.width - 16) split -= 1;
      svg.append(swatchLegend(draw, swatches.slice(0, split), 8, 12));
      if (split < swatches.length) svg.append(swatchLegend(draw, swatches.slice(split), 8, 28));
      const y = split < swatches.length ? 44 : 30;
      svg.append(draw('circle', { cx: 13, cy: y, r: 6, fill: 'none', stroke: defaults.colors.text, 'stroke-width': 1.5 }));
      svg.append(draw('text', { x: 24, y, dy: '0.32em', 'text-anchor': 'start' }, frame.words.backtest.chosen));
    },
  );
}
