// One product's weekly demand and the weeks ahead: past weeks as bars, the forecast as a line
// with its 80% interval as a band, a dashed line where the data end. Written as plain strings,
// not Plot + linkedom, because the site draws it on every product page with a forecast (≈ 2,700
// pages, two widths each). Pure `(data, options) → string`; every text is escaped.
import { ticks } from 'd3-array';
import { swatchRows, swatchRowHeight } from './legend.ts';
import { checkRows, defaults, finite, normalizeFrame, type CommonOptions } from './options.ts';
import { escapeAttribute, escapeText, noDataSvg, roundNumbers } from './render.ts';
import { textWidth } from './textWidth.ts';

export interface ForecastHistoryPoint {
  week: string; // Monday, YYYY-MM-DD
  units: number;
}

export interface ForecastPoint {
  week: string;
  forecast: number;
  lower: number;
  upper: number;
}

export interface ForecastChartOptions extends CommonOptions {
  height?: number;
}

const layout = { height: 240, marginTop: 34, marginRight: 12, marginBottom: 26, marginLeft: 48 };
/** Least room between two month labels, px. */
const LABEL_GAP = 2;
const WEEK = /^\d{4}-\d{2}-\d{2}$/;
const band = '#9ec3e0';
const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
const n = (value: number) => roundNumbers(String(value));

export function forecastChart(data: { history: readonly ForecastHistoryPoint[]; forecast: readonly ForecastPoint[] }, options: ForecastChartOptions = {}): string {
  const frame = normalizeFrame(options, 'forecast', (w) => w.forecast.title);
  const f = frame.formatter;
  const history = checkRows(data.history, 'forecastChart').map((p, i) => ({ week: checkWeek(p?.week), units: finite(p.units, `history ${i} units`) }));
  const ahead = checkRows(data.forecast, 'forecastChart').map((p, i) => ({
    week: checkWeek(p?.week), forecast: finite(p.forecast, `forecast ${i}`), lower: finite(p.lower, `lower ${i}`), upper: finite(p.upper, `upper ${i}`),
  }));
  if (history.length + ahead.length === 0) return noDataSvg(frame);
  const weeks = [...history.map((p) => p.week), ...ahead.map((p) => p.week)].sort();
  const first = day(weeks[0]!);
  const count = Math.round((day(weeks.at(-1)!) - first) / 7) + 1;
  // The legend wraps onto more rows on a narrow chart; the plot moves down (and the chart grows) by as much.
  const legend = swatchRows(
    [defaults.colors.neutral, defaults.colors.net, band].map((color, i) => ({ label: frame.words.forecast.legend[i]!, color })),
    frame.width - layout.marginLeft - layout.marginRight,
  );
  const extra = (legend.length - 1) * swatchRowHeight;
  const marginTop = layout.marginTop + extra;
  const height = (options.height ?? layout.height) + extra;
  const plotWidth = frame.width - layout.marginLeft - layout.marginRight;
  const step = plotWidth / count;
  const cx = (week: string) => layout.marginLeft + ((day(week) - first) / 7 + 0.5) * step;
  const high = Math.max(1, ...history.map((p) => p.units), ...ahead.map((p) => p.upper));
  const yTicks = ticks(0, high, 4);
  const top = Math.max(high, yTicks.at(-1)!);
  const bottom = height - layout.marginBottom;
  const y = (v: number) => bottom - (v / top) * (bottom - marginTop);

  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="${frame.id}" role="img" aria-label="${escapeAttribute(frame.ariaLabel)}" width="${frame.width}" height="${height}" viewBox="0 0 ${frame.width} ${height}"`,
    ` style="display:block;max-width:100%;height:auto" font-family="${escapeAttribute(defaults.fontFamily)}" font-size="${defaults.fontSize}" fill="${defaults.colors.text}">`,
    `<title>${escapeText(frame.title)}</title>`,
    frame.description ? `<desc>${escapeText(frame.description)}</desc>` : '',
  ];
  // Grid and value axis.
  for (const t of yTicks) {
    out.push(`<line x1="${layout.marginLeft}" x2="${frame.width - layout.marginRight}" y1="${n(y(t))}" y2="${n(y(t))}" stroke="${defaults.colors.text}" stroke-opacity="${t === 0 ? 0.6 : 0.1}"/>`);
    out.push(`<text x="${layout.marginLeft - 6}" y="${n(y(t))}" dy="0.32em" text-anchor="end" fill="${defaults.colors.label}">${escapeText(f.countTick(t))}</text>`);
  }
  // Month labels at the first week of each month, with the year in January. A label that would
  // run out of the chart is pulled left to end inside it, and takes the room of any before it
  // that it would then run into; any other label that would run into the one before is left out.
  const labels: { x: number; text: string }[] = [];
  for (let i = 0; i < count; i++) {
    const date = new Date((first + 7 * i) * 86_400_000);
    if (date.getUTCDate() > 7) continue;
    const text = date.getUTCMonth() === 0 ? f.month(`${date.getUTCFullYear()}-01`) : f.monthOfYear(date.getUTCMonth() + 1);
    if (step * 4 < 30 && date.getUTCMonth() % 3 !== 0) continue;
    const at = layout.marginLeft + i * step;
    const x = Math.min(at, frame.width - 1 - textWidth(text));
    const overlaps = () => labels.length > 0 && labels.at(-1)!.x + textWidth(labels.at(-1)!.text) + LABEL_GAP > x;
    if (x < at) while (overlaps()) labels.pop();
    else if (overlaps()) continue;
    labels.push({ x, text });
  }
  for (const { x, text } of labels) out.push(`<text x="${n(x)}" y="${bottom + 16}" fill="${defaults.colors.label}">${escapeText(text)}</text>`);
  // Past weeks as bars.
  const barWidth = Math.max(1, step * 0.8);
  for (const p of history) {
    if (p.units <= 0) continue;
    out.push(`<rect x="${n(cx(p.week) - barWidth / 2)}" y="${n(y(p.units))}" width="${n(barWidth)}" height="${n(bottom - y(p.units))}" fill="${defaults.colors.neutral}" fill-opacity="0.7"><title>${escapeText(frame.words.forecast.bar(p.week, p.units))}</title></rect>`);
  }
  if (ahead.length > 0) {
    const start = cx(ahead[0]!.week) - step / 2;
    out.push(`<line x1="${n(start)}" x2="${n(start)}" y1="${marginTop - 6}" y2="${bottom}" stroke="${defaults.colors.text}" stroke-dasharray="4,3"/>`);
    // "forecast" right of the dashed line, or left of it when it would run out of the chart.
    const word = frame.words.forecast.forecast;
    const inside = start + 4 + textWidth(word) <= frame.width - 1;
    out.push(`<text x="${n(inside ? start + 4 : start - 4)}" y="${marginTop - 2}"${inside ? '' : ' text-anchor="end"'} fill="${defaults.colors.label}">${escapeText(word)}</text>`);
    const upper = ahead.map((p) => `${n(cx(p.week))},${n(y(p.upper))}`);
    const lower = ahead.map((p) => `${n(cx(p.week))},${n(y(p.lower))}`).reverse();
    out.push(`<polygon points="${[...upper, ...lower].join(' ')}" fill="${band}" fill-opacity="0.55"/>`);
    out.push(`<polyline points="${ahead.map((p) => `${n(cx(p.week))},${n(y(p.forecast))}`).join(' ')}" fill="none" stroke="${defaults.colors.net}" stroke-width="2"/>`);
    for (const p of ahead) {
      const text = frame.words.forecast.point(p.week, f, p.forecast, p.lower, p.upper);
      out.push(`<circle cx="${n(cx(p.week))}" cy="${n(y(p.forecast))}" r="2.5" fill="${defaults.colors.net}"><title>${escapeText(text)}</title></circle>`);
    }
  }
  // Legend.
  legend.forEach((row, r) => {
    let x = layout.marginLeft;
    const y = 12 + r * swatchRowHeight;
    for (const { label, color } of row) {
      out.push(`<rect x="${n(x)}" y="${y - 5}" width="10" height="10" rx="2" fill="${color}"/><text x="${n(x + 14)}" y="${y}" dy="0.32em">${escapeText(label)}</text>`);
      x += 14 + textWidth(label) + 16;
    }
  });
  out.push('</svg>');
  return out.join('');
}

function checkWeek(week: unknown): string {
  if (typeof week !== 'string' || !WEEK.test(week)) throw new Error(`invalid week: ${String(week)}`);
  return week;
}
