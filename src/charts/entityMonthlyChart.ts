// One product's or customer's months as two stacked panels on one month axis: net revenue
// (returns below zero, muted red) above, units sold (units returned below zero) below.
// Written as plain strings, not Plot + linkedom: the site draws this chart for every product
// and customer (≈ 11,000 pages, two widths each), where Plot's ≈ 8 ms per chart would dominate
// the build. Pure `(rows, options) → string`; every text is escaped; output is deterministic.
import { absoluteMonth, monthRange, monthTicks } from './months.ts';
import { checkRows, defaults, finite, normalizeFrame, type CommonOptions, type Frame } from './options.ts';

export interface EntityMonthlyRow {
  month: string; // YYYY-MM
  gross: number;
  returns: number;
  net: number;
  units_sold: number;
  units_returned: number;
  orders: number;
}

export interface EntityMonthlyOptions extends CommonOptions {
  /** First and last month of the axis (YYYY-MM), e.g. the dataset's period; widened to cover the rows. */
  from?: string;
  to?: string;
  /** Height of each panel's plot area in px. */
  panelHeight?: number;
  /** Months only partly in the data (cut by its start or end, or touching a gap): shaded behind both panels. */
  partialMonths?: readonly string[];
}

const layout = { marginLeft: 60, marginRight: 12, panelTitle: 26, panelGap: 16, axis: 24, padding: 0.2, panelHeight: 110 };
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
// Rough text widths at the chart's 11px font: enough to place the legend, never measured exactly.
const titleWidth = (text: string) => text.length * 6.6;
const labelWidth = (text: string) => text.length * 6;
const SWATCH = 14;
const legendWidth = (labels: readonly string[]) => labels.reduce((sum, label) => sum + SWATCH + labelWidth(label) + 16, 0);
const headerWidth = (title: string, labels: readonly string[]) => titleWidth(title) + 24 + legendWidth(labels);

export function entityMonthlyChart(rows: readonly EntityMonthlyRow[], options: EntityMonthlyOptions = {}): string {
  const frame = normalizeFrame(options, 'entity-monthly', (w) => w.entity.title);
  const data = checkRows(rows, 'entityMonthlyChart').map(normalizeRow).sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0));
  if (new Set(data.map((d) => d.month)).size < data.length) throw new Error('entityMonthlyChart: one row per month');
  for (const bound of [options.from, options.to]) if (bound !== undefined && !MONTH.test(bound)) throw new Error(`invalid month: ${bound}`);
  if (data.length === 0) return emptySvg(frame);
  const panelHeight = options.panelHeight ?? layout.panelHeight;
  const months = monthRange([...data.map((d) => d.month), ...[options.from, options.to].filter((m): m is string => m !== undefined)]);
  const { formatter: f, currency } = frame;
  const plotWidth = frame.width - layout.marginLeft - layout.marginRight;
  const band = plotWidth / months.length;
  const bar = band * (1 - layout.padding);
  const slot = (month: string) => layout.marginLeft + monthIndex(month, months[0]!) * band + (band - bar) / 2;

  // Title and legend share a line when they fit, else the legend goes on a line of its own.
  const PANEL_TITLES = frame.words.entity.panels;
  const LEGENDS = frame.words.entity.legends;
  const header = Math.max(...PANEL_TITLES.map((title, i) => headerWidth(title, LEGENDS[i]!))) <= frame.width ? layout.panelTitle : layout.panelTitle + 16;
  const revenueTop = header;
  const unitsTop = revenueTop + panelHeight + layout.panelGap + header;
  const height = unitsTop + panelHeight + layout.axis;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="${frame.id}" role="img" aria-label="${esc(frame.ariaLabel)}" width="${frame.width}" height="${height}" viewBox="0 0 ${frame.width} ${height}"`,
    ` style="display:block;max-width:100%;height:auto" font-family="${esc(defaults.fontFamily)}" font-size="${defaults.fontSize}" fill="${defaults.colors.text}">`,
    `<title>${esc(frame.title)}</title>`,
    frame.description ? `<desc>${esc(frame.description)}</desc>` : '',
    `<style>.${frame.id}-hover:hover{fill-opacity:0.07}</style>`,
  ];
  // A partial month is shaded, so that a short bar reads as a cut month rather than a weak one.
  for (const month of months.filter((m) => options.partialMonths?.includes(m))) {
    const x = layout.marginLeft + monthIndex(month, months[0]!) * band;
    out.push(`<rect x="${n(x)}" y="${revenueTop}" width="${n(band)}" height="${unitsTop + panelHeight - revenueTop}" fill="${defaults.colors.neutral}" fill-opacity="0.18"><title>${esc(frame.words.entity.partial(f.month(month)))}</title></rect>`);
  }
  // Net can be negative in a month whose returns exceed its sales: the narrower returns bar is drawn over it.
  out.push(panel({
    top: revenueTop, header, height: panelHeight, width: frame.width, title: PANEL_TITLES[0]!,
    positive: { label: LEGENDS[0]![0]!, values: data.map((d) => d.net) },
    negative: { label: LEGENDS[0]![1]!, values: data.map((d) => d.returns) },
    tick: (v) => f.moneyTick(v, currency), x: data.map((d) => slot(d.month)), bar,
  }));
  out.push(panel({
    top: unitsTop, header, height: panelHeight, width: frame.width, title: PANEL_TITLES[1]!,
    positive: { label: LEGENDS[1]![0]!, values: data.map((d) => d.units_sold) },
    negative: { label: LEGENDS[1]![1]!, values: data.map((d) => d.units_returned) },
    tick: f.countTick, x: data.map((d) => slot(d.month)), bar,
  }));
  out.push(monthAxis(months, plotWidth, band, unitsTop + panelHeight, f.month));
  // One hover target per month with data, spanning both panels: its <title> is the month's figures.
  out.push(`<g fill="${defaults.colors.text}" fill-opacity="0">`);
  for (const d of data) {
    const x = layout.marginLeft + monthIndex(d.month, months[0]!) * band;
    const tip = `${frame.words.entity.money(f.month(d.month), f.money(d.net, currency), f.money(d.gross, currency), f.money(d.returns, currency))} ` +
      frame.words.entity.tip(d.units_sold, d.units_returned, d.orders);
    out.push(`<rect class="${frame.id}-hover" x="${n(x)}" y="${revenueTop}" width="${n(band)}" height="${unitsTop + panelHeight - revenueTop}"><title>${esc(tip)}</title></rect>`);
  }
  out.push('</g></svg>');
  return out.join('');
}

interface Series {
  label: string;
  values: number[];
}

interface Panel {
  top: number;
  /** Space above the plot for the title and legend: one line or two. */
  header: number;
  height: number;
  width: number;
  title: string;
  positive: Series;
  negative: Series;
  tick: (value: number) => string;
  x: number[];
  bar: number;
}

/** A panel: title and legend, grid with y ticks, bars up from zero, narrower bars down for the returned part. */
function panel(p: Panel): string {
  const high = Math.max(0, ...p.positive.values);
  const low = Math.min(0, ...p.positive.values, ...p.negative.values.map((v) => -v));
  const { ticks, max } = niceTicks(low, high === low ? 1 : high);
  const min = low; // the lower end stays exact, so small returns do not claim a big part of the panel
  const y = (v: number) => p.top + ((max - v) / (max - min)) * p.height;
  const right = p.width - layout.marginRight;
  const out: string[] = [`<g>`];
  const twoLines = p.header > layout.panelTitle;
  out.push(`<text x="0" y="${p.top - p.header + 14}" font-weight="600">${esc(p.title)}</text>`);
  const legendX = twoLines ? 0 : titleWidth(p.title) + 24;
  out.push(legend(legendX, [[p.positive.label, defaults.colors.net], [p.negative.label, defaults.colors.returns]], p.top - 10));
  out.push(`<g stroke="${defaults.colors.text}" stroke-opacity="0.1">`);
  for (const t of ticks) if (t >= min) out.push(`<line x1="${layout.marginLeft}" x2="${right}" y1="${n(y(t))}" y2="${n(y(t))}"/>`);
  out.push('</g><g text-anchor="end" fill-opacity="0.8">');
  for (const t of ticks) if (t >= min) out.push(`<text x="${layout.marginLeft - 6}" y="${n(y(t))}" dy="0.32em">${esc(p.tick(t))}</text>`);
  out.push('</g>');
  out.push(bars(p.x, p.positive.values, p.bar, 0, y, defaults.colors.net));
  out.push(bars(p.x, p.negative.values.map((v) => -v), p.bar, p.bar / 5, y, defaults.colors.returns));
  out.push(`<line x1="${layout.marginLeft}" x2="${right}" y1="${n(y(0))}" y2="${n(y(0))}" stroke="${defaults.colors.text}" stroke-opacity="0.6"/>`);
  out.push('</g>');
  return out.join('');
}

/** All bars of one series as a single path: one rectangle per non-zero value. */
function bars(x: number[], values: number[], width: number, inset: number, y: (v: number) => number, color: string): string {
  const d: string[] = [];
  values.forEach((value, i) => {
    if (value === 0) return;
    const top = Math.min(y(value), y(0));
    const h = Math.max(Math.abs(y(value) - y(0)), 0.5); // a tiny value still shows as a hairline
    d.push(`M${n(x[i]! + inset)} ${n(top)}h${n(width - 2 * inset)}v${n(h)}h${n(-(width - 2 * inset))}z`);
  });
  return d.length ? `<path fill="${color}" d="${d.join('')}"/>` : '';
}

/** Swatches and labels from `x` on the given baseline. */
function legend(x: number, items: [string, string][], baseline: number): string {
  const out: string[] = ['<g>'];
  for (const [label, color] of items) {
    out.push(`<rect x="${n(x)}" y="${baseline - 9}" width="10" height="10" fill="${color}"/><text x="${n(x + SWATCH)}" y="${baseline}">${esc(label)}</text>`);
    x += SWATCH + labelWidth(label) + 16;
  }
  out.push('</g>');
  return out.join('');
}

/** Month labels spaced by monthTicks, so none overlaps; January stays in step. */
function monthAxis(months: string[], plotWidth: number, band: number, baseline: number, label: (month: string) => string): string {
  const ticks = new Set(monthTicks(months, plotWidth, label));
  const out: string[] = [`<g text-anchor="middle" fill-opacity="0.8">`];
  months.forEach((month, i) => {
    if (!ticks.has(month)) return;
    out.push(`<text x="${n(layout.marginLeft + (i + 0.5) * band)}" y="${baseline + 16}">${esc(label(month))}</text>`);
  });
  out.push('</g>');
  return out.join('');
}

/**
 * Round steps (1, 2, 2.5, 5 × 10ⁿ, never below 1: units and whole money) for about four ticks;
 * the top is rounded up to a step.
 */
export function niceTicks(low: number, high: number, count = 4): { ticks: number[]; max: number } {
  const raw = Math.max((high - low) / count, 1);
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 2.5, 5, 10].find((m) => m * power >= raw) ?? 10) * power;
  const max = Math.ceil(high / step - 1e-9) * step + 0; // + 0 turns -0 into 0
  const ticks: number[] = [];
  for (let i = Math.ceil(low / step - 1e-9); i * step <= max + step * 1e-9; i++) ticks.push(i === 0 ? 0 : i * step);
  return { ticks, max };
}

function emptySvg(frame: Frame): string {
  const height = 80;
  return `<svg xmlns="http://www.w3.org/2000/svg" class="${frame.id}" role="img" aria-label="${esc(frame.ariaLabel)}" width="${frame.width}" height="${height}" viewBox="0 0 ${frame.width} ${height}"` +
    ` style="display:block;max-width:100%;height:auto" font-family="${esc(defaults.fontFamily)}" font-size="${defaults.fontSize}" fill="${defaults.colors.text}">` +
    `<title>${esc(frame.title)}</title><rect x="0.5" y="0.5" width="${frame.width - 1}" height="${height - 1}" rx="4" fill="#f7f6f3" stroke="${defaults.colors.noData}"/>` +
    `<text x="${frame.width / 2}" y="${height / 2}" dy="0.32em" text-anchor="middle" fill="${defaults.colors.label}">${esc(frame.words.noData)}</text></svg>`;
}

function normalizeRow(row: EntityMonthlyRow, i: number): EntityMonthlyRow {
  if (!MONTH.test(String(row?.month))) throw new Error(`row ${i}: invalid month: ${row?.month}`);
  return {
    month: row.month,
    gross: finite(row.gross, `row ${i} gross`),
    // Returned amounts are drawn as a size below zero whatever sign the export uses.
    returns: Math.abs(finite(row.returns, `row ${i} returns`)),
    net: finite(row.net, `row ${i} net`),
    units_sold: finite(row.units_sold, `row ${i} units_sold`),
    units_returned: Math.abs(finite(row.units_returned, `row ${i} units_returned`)),
    orders: finite(row.orders, `row ${i} orders`),
  };
}

const monthIndex = (m: string, first: string) => absoluteMonth(m) - absoluteMonth(first);

/** 2 decimals at most, no `-0`. */
function n(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

// Characters XML 1.0 forbids even when escaped (as in render.ts, which this module avoids importing: it loads Plot).
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

function esc(text: string): string {
  return text.replace(INVALID_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
