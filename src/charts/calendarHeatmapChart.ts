// Every day of the period as a cell, one panel per calendar year: columns are the weeks of the
// year, rows the weekdays (Monday on top), so the same week of different years lines up. Too
// narrow for a year of cells of readable size (a phone), each year becomes two panels, January–
// June and July–December (the week holding 1 July starts the second). The
// colour bins a value (net revenue, orders); days without a sale are grey, and event days are
// outlined and, when the cells are wide enough, labelled under the panel.
import * as Plot from '@observablehq/plot';
import { ticks } from 'd3-array';
import { binLegend, swatchLegend, swatchLegendWidth } from './legend.ts';
import { checkRows, defaults, finite, normalizeFormat, normalizeFrame, type CommonOptions, type ValueFormat, valueFormatters } from './options.ts';
import { noDataSvg, renderPlot } from './render.ts';
import { textWidth } from './textWidth.ts';

export interface CalendarDayRow {
  date: string; // YYYY-MM-DD
  value: number;
  /** False on days the shop sold nothing (closed): drawn grey whatever the value. */
  has_sales: boolean;
  /** True on days inside a gap of the export (missing data, not a closure): drawn apart. */
  gap?: boolean;
}

export interface CalendarEventMark {
  date: string;
  /** Short, e.g. `Easter`; the full name goes in the tooltip. */
  label: string;
  name: string;
}

export interface CalendarHeatmapOptions extends CommonOptions {
  format?: ValueFormat;
  /** The legend title, e.g. `Net revenue per day`. */
  valueLabel?: string;
  events?: readonly CalendarEventMark[];
}

const layout = { marginLeft: 44, marginRight: 8, legend: 58, monthRow: 16, eventRow: 16, panelGap: 14, maxCell: 17, minLabelCell: 12, minCell: 8 };
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
// Darker than the palest blue by luminance, so a closed day never reads as a quiet one.
const closedColor = '#c4bfb5';
const gapColor = '#f2d4b6';

interface Placed {
  date: string;
  year: number;
  column: number;
  weekday: number;
}

/** Year, week column (0…53, weeks starting on Monday, week 0 holding 1 January) and weekday (0 = Monday). */
export function placeDay(date: string): Placed {
  const match = DATE.exec(date);
  if (!match) throw new Error(`invalid date: ${date}`);
  const year = Number(match[1]);
  const day = Date.UTC(year, Number(match[2]) - 1, Number(match[3]));
  if (new Date(day).toISOString().slice(0, 10) !== date) throw new Error(`invalid date: ${date}`);
  const jan1 = Date.UTC(year, 0, 1);
  const mondayBased = (ms: number) => (new Date(ms).getUTCDay() + 6) % 7;
  const dayOfYear = (day - jan1) / 86_400_000;
  return { date, year, column: Math.floor((dayOfYear + mondayBased(jan1)) / 7), weekday: mondayBased(day) };
}

export function calendarHeatmapChart(rows: readonly CalendarDayRow[], options: CalendarHeatmapOptions = {}): string {
  const frame = normalizeFrame(options, 'calendar-heatmap', (w) => options.valueLabel ?? w.valuePerDay);
  const formatters = valueFormatters(normalizeFormat(options.format, 'money'), frame);
  const days = checkRows(rows, 'calendarHeatmapChart').map((row, i) => ({
    ...placeDay(String(row?.date)),
    value: finite(row.value, `row ${i} value`),
    open: row.has_sales === true,
    gap: row.gap === true,
  }));
  if (days.length === 0) return noDataSvg(frame);
  const years = [...new Set(days.map((d) => d.year))].sort((a, b) => a - b);
  const plotWidth = frame.width - layout.marginLeft - layout.marginRight;
  const halves = plotWidth / 54 < layout.minCell;
  const cell = Math.min(layout.maxCell, plotWidth / (halves ? 28 : 54));
  const labelled = cell >= layout.minLabelCell;
  const julyColumn = (year: number) => placeDay(`${year}-07-01`).column;
  /** The panel of a day: its year, or its half-year on a narrow chart; `offset` = its first column. */
  const panelOf = (d: { year: number; column: number }) => {
    const second = halves && d.column >= julyColumn(d.year);
    return { key: `${d.year}-${second ? 2 : 1}`, offset: second ? julyColumn(d.year) : 0 };
  };
  const panels = [...new Set(days.map((d) => panelOf(d).key))].sort();
  const legendHeight = layout.legend + (halves ? layout.monthRow : 0);
  const panelHeight = layout.monthRow + 7 * cell + (labelled ? layout.eventRow : 4);
  const top = (d: { year: number; column: number }) => legendHeight + panels.indexOf(panelOf(d).key) * (panelHeight + layout.panelGap) + layout.monthRow;
  const x = (d: { year: number; column: number }, plus = 0) => layout.marginLeft + (d.column - panelOf(d).offset + plus) * cell;
  const y = (d: { year: number; column: number; weekday: number }) => top(d) + d.weekday * cell;
  const height = legendHeight + panels.length * (panelHeight + layout.panelGap);

  // Bins: about 7 nice steps up to the 98th percentile of open days, so one record day does not wash out the rest.
  const open = days.filter((d) => d.open).map((d) => d.value).sort((a, b) => a - b);
  const high = open.length > 0 ? open[Math.floor(0.98 * (open.length - 1))]! : 1;
  const thresholds = ticks(0, high > 0 ? high : 1, 7).filter((t) => t > 0);
  // The scheme's near-white end is left out, so the quietest open day still differs from a closed one.
  const blues = Plot.scale({ color: { type: 'linear', domain: [0, 1], scheme: 'blues' } });
  const colors = thresholds.concat(0).map((_, i) => String(blues.apply(0.2 + (0.8 * i) / thresholds.length)));
  const colorOf = (d: { value: number; open: boolean; gap: boolean }) =>
    (d.open ? colors[thresholds.filter((t) => d.value >= t).length]! : d.gap ? gapColor : closedColor);
  const title = (d: (typeof days)[number]) => `${d.date} (${frame.words.weekdays[d.weekday]})\n${d.open ? formatters.label(d.value) : d.gap ? frame.words.gapTip : frame.words.noSales}`;
  const hasGaps = days.some((d) => d.gap && !d.open);

  const inData = new Set(days.map((d) => d.date));
  const events = (options.events ?? []).filter((e) => inData.has(e.date)).map((e) => ({ ...e, ...placeDay(e.date) }));
  const monthStarts = years
    .flatMap((year) => Array.from({ length: 12 }, (_, m) => ({ name: frame.formatter.monthOfYear(m + 1), ...placeDay(`${year}-${String(m + 1).padStart(2, '0')}-01`) })))
    .filter((m) => panels.includes(panelOf(m).key));
  // One label per panel, at its first column; weekday labels on every panel.
  const panelStarts = panels.map((key) => {
    const [year, half] = key.split('-').map(Number) as [number, number];
    return { year, column: half === 2 ? julyColumn(year) : 0, weekday: 0 };
  });

  return renderPlot(
    frame,
    {
      height,
      margin: 0,
      x: { type: 'identity' },
      y: { type: 'identity' },
      marks: [
        Plot.rect(days, { x1: (d) => x(d) + 1, x2: (d) => x(d, 1), y1: (d) => y(d) + 1, y2: (d) => y(d) + cell, fill: colorOf, title }),
        Plot.rect(events, { x1: (d) => x(d) + 0.5, x2: (d) => x(d, 1) + 0.5, y1: (d) => y(d) + 0.5, y2: (d) => y(d) + cell + 0.5, fill: 'none', stroke: defaults.colors.text, strokeWidth: 1.5, title: (d) => `${d.name}, ${d.date}` }),
        Plot.text(panelStarts, { x: layout.marginLeft - 6, y: (d) => top(d) - layout.monthRow / 2, text: (d) => String(d.year), textAnchor: 'end', fontWeight: 'bold' }),
        Plot.text(monthStarts, { x: (d) => x(d) + 1, y: (d) => top(d) - layout.monthRow / 2, text: 'name', textAnchor: 'start', fill: defaults.colors.label }),
        Plot.text(panelStarts.flatMap((p) => [0, 2, 4, 6].map((weekday) => ({ ...p, weekday }))), { x: layout.marginLeft - 6, y: (d) => y(d) + cell / 2, text: (d) => frame.words.weekdays[d.weekday]!, textAnchor: 'end', fill: defaults.colors.label }),
        ...(labelled ? [Plot.text(events, { x: (d) => x(d) + cell / 2, y: (d) => top(d) + 7 * cell + layout.eventRow / 2 + 1, text: 'label', textAnchor: 'middle', fontWeight: 'bold' })] : []),
      ],
    },
    (svg, draw) => {
      const box = Math.min(44, (frame.width - 200) / colors.length);
      // Narrow boxes cannot hold a label each: every 2nd, 3rd … boundary is labelled, as the widest label needs.
      const texts = thresholds.map((t) => formatters.tick(t));
      const widest = Math.max(0, ...texts.map((t) => textWidth(t)));
      const step = [1, 2, 3, 4].find((n) => widest + 6 <= n * box) ?? 4;
      const labels = texts.map((t, i) => (i % step === step - 1 ? t : ''));
      svg.append(binLegend(draw, colors, labels, options.valueLabel ?? frame.words.valuePerDay, layout.marginLeft, 14, box));
      const swatches = [{ label: frame.words.noSales, color: closedColor }, ...(hasGaps ? [{ label: frame.words.gap, color: gapColor }] : [])];
      // Beside the colour bins when the row holds both, else on a row of its own below them.
      const beside = layout.marginLeft + colors.length * box + 16;
      const fits = beside + swatchLegendWidth(swatches) <= frame.width - layout.marginRight;
      svg.append(swatchLegend(draw, swatches, fits ? beside : layout.marginLeft, fits ? 25 : layout.legend));
    },
  );
}
