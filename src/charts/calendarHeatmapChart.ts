// Every day of the period as a cell, one panel per calendar year: columns are the weeks of the
// year, rows the weekdays (Monday on top), so the same week of different years lines up. The
// colour bins a value (net revenue, orders); days without a sale are grey, and event days are
// outlined and, when the cells are wide enough, labelled under the panel.
import * as Plot from '@observablehq/plot';
import { ticks } from 'd3-array';
import { binLegend, swatchLegend } from './legend.ts';
import { checkRows, defaults, finite, normalizeFormat, normalizeFrame, type CommonOptions, type ValueFormat, valueFormatters } from './options.ts';
import { noDataSvg, renderPlot } from './render.ts';

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

const layout = { marginLeft: 44, marginRight: 8, legend: 58, monthRow: 16, eventRow: 16, panelGap: 14, maxCell: 17, minLabelCell: 12 };
const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const closedColor = '#e9e7e2';
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
  const frame = normalizeFrame(options, 'calendar-heatmap', options.valueLabel ?? 'Value per day');
  const formatters = valueFormatters(normalizeFormat(options.format, 'money'), frame);
  const days = checkRows(rows, 'calendarHeatmapChart').map((row, i) => ({
    ...placeDay(String(row?.date)),
    value: finite(row.value, `row ${i} value`),
    open: row.has_sales === true,
    gap: row.gap === true,
  }));
  if (days.length === 0) return noDataSvg(frame);
  const years = [...new Set(days.map((d) => d.year))].sort((a, b) => a - b);
  const cell = Math.min(layout.maxCell, (frame.width - layout.marginLeft - layout.marginRight) / 54);
  const labelled = cell >= layout.minLabelCell;
  const panelHeight = layout.monthRow + 7 * cell + (labelled ? layout.eventRow : 4);
  const top = (year: number) => layout.legend + years.indexOf(year) * (panelHeight + layout.panelGap) + layout.monthRow;
  const x = (column: number) => layout.marginLeft + column * cell;
  const y = (d: { year: number; weekday: number }) => top(d.year) + d.weekday * cell;
  const height = layout.legend + years.length * (panelHeight + layout.panelGap);

  // Bins: about 7 nice steps up to the 98th percentile of open days, so one record day does not wash out the rest.
  const open = days.filter((d) => d.open).map((d) => d.value).sort((a, b) => a - b);
  const high = open.length > 0 ? open[Math.floor(0.98 * (open.length - 1))]! : 1;
  const thresholds = ticks(0, high > 0 ? high : 1, 7).filter((t) => t > 0);
  // The scheme's near-white end is left out, so the quietest open day still differs from a closed one.
  const blues = Plot.scale({ color: { type: 'linear', domain: [0, 1], scheme: 'blues' } });
  const colors = thresholds.concat(0).map((_, i) => String(blues.apply(0.2 + (0.8 * i) / thresholds.length)));
  const colorOf = (d: { value: number; open: boolean; gap: boolean }) =>
    (d.open ? colors[thresholds.filter((t) => d.value >= t).length]! : d.gap ? gapColor : closedColor);
  const title = (d: (typeof days)[number]) => `${d.date} (${WEEKDAYS[d.weekday]})\n${d.open ? formatters.label(d.value) : d.gap ? 'Gap in the export (no data)' : 'No sales'}`;
  const hasGaps = days.some((d) => d.gap && !d.open);

  const inData = new Set(days.map((d) => d.date));
  const events = (options.events ?? []).filter((e) => inData.has(e.date)).map((e) => ({ ...e, ...placeDay(e.date) }));
  const monthStarts = years.flatMap((year) => Array.from({ length: 12 }, (_, m) => ({ name: frame.formatter.monthOfYear(m + 1), ...placeDay(`${year}-${String(m + 1).padStart(2, '0')}-01`) })));
  const yearLabels = years.map((year) => ({ year, column: 0, weekday: 0 }));

  return renderPlot(
    frame,
    {
      height,
      margin: 0,
      x: { type: 'identity' },
      y: { type: 'identity' },
      marks: [
        Plot.rect(days, { x1: (d) => x(d.column) + 1, x2: (d) => x(d.column + 1), y1: (d) => y(d) + 1, y2: (d) => y(d) + cell, fill: colorOf, title }),
        Plot.rect(events, { x1: (d) => x(d.column) + 0.5, x2: (d) => x(d.column + 1) + 0.5, y1: (d) => y(d) + 0.5, y2: (d) => y(d) + cell + 0.5, fill: 'none', stroke: defaults.colors.text, strokeWidth: 1.5, title: (d) => `${d.name}, ${d.date}` }),
        Plot.text(yearLabels, { x: layout.marginLeft - 6, y: (d) => top(d.year) - layout.monthRow / 2, text: (d) => String(d.year), textAnchor: 'end', fontWeight: 'bold' }),
        Plot.text(monthStarts, { x: (d) => x(d.column) + 1, y: (d) => top(d.year) - layout.monthRow / 2, text: 'name', textAnchor: 'start', fill: defaults.colors.neutral }),
        Plot.text(years.flatMap((year) => [0, 2, 4, 6].map((weekday) => ({ year, weekday }))), { x: layout.marginLeft - 6, y: (d) => y(d) + cell / 2, text: (d) => WEEKDAYS[d.weekday]!, textAnchor: 'end', fill: defaults.colors.neutral }),
        ...(labelled ? [Plot.text(events, { x: (d) => x(d.column) + cell / 2, y: (d) => top(d.year) + 7 * cell + layout.eventRow / 2 + 1, text: 'label', textAnchor: 'middle', fontWeight: 'bold' })] : []),
      ],
    },
    (svg, draw) => {
      const box = Math.min(44, (frame.width - 200) / colors.length);
      // Narrow boxes cannot hold a label each: every other boundary is labelled.
      const labels = thresholds.map((t, i) => (box >= 36 || i % 2 === 1 ? formatters.tick(t) : ''));
      svg.append(binLegend(draw, colors, labels, options.valueLabel ?? 'Value per day', layout.marginLeft, 14, box));
      const swatches = [{ label: 'No sales', color: closedColor }, ...(hasGaps ? [{ label: 'Gap in the export', color: gapColor }] : [])];
      svg.append(swatchLegend(draw, swatches, layout.marginLeft + colors.length * box + 16, 25));
    },
  );
}
