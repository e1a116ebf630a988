// Defaults and option normalisation shared by every chart: one place that turns the loose
// options a page passes into the checked values the chart functions use.
import { formatterFor, REPORT_LOCALE, type Formatter } from '../format/formatter.ts';
import { LOCALE, LANGS, type Lang } from '../i18n/langs.ts';
import { chartText, type ChartWords } from '../i18n/messages/charts.ts';

/** The look of every chart. Colours are plain hex so they survive any page's CSS. */
export const defaults = {
  width: 640,
  currency: 'GBP',
  locale: REPORT_LOCALE,
  fontFamily: 'system-ui, -apple-system, Segoe UI, Roboto, Helvetica Neue, Arial, sans-serif',
  fontSize: 11,
  labelLength: 32,
  colors: {
    net: '#2f6690', // the accent: net revenue, kept rows, the default bar
    returns: '#c0635b', // muted red: returns
    excluded: '#c9954c', // muted amber: rows left out by a data-quality rule
    neutral: '#8d939b',
    /** Axis and legend text in grey: 5.3:1 on white (AA); `neutral` is for marks only (3.1:1). */
    label: '#636a74',
    noData: '#e6e4df', // land without a value on the map
    text: '#2b2b2b',
  },
  /** Categories of a share bar, in order of first appearance. */
  categorical: ['#2f6690', '#d9a441', '#5b9a8b', '#8c6bb1', '#c0635b', '#8d939b'],
  /** Light to dark (ColorBrewer Blues, the near-white steps left out): the bins of the map's log scale. */
  sequential: ['#c6dbef', '#9ecae1', '#6baed6', '#4292c6', '#2171b5', '#08519c', '#08306b'],
} as const;

/** `decimal`: a mean on a small scale, e.g. a 1–5 review score or days (`4.25`, `7.2`). */
export type ValueFormat = 'money' | 'count' | 'percent' | 'decimal';
export type Tone = 'net' | 'returns' | 'excluded' | 'neutral';

/** Options every chart accepts. */
export interface CommonOptions {
  /** Stable prefix for class names and element ids, e.g. `vitrine-monthly-sales`. */
  id?: string;
  /** Read by screen readers (the svg's `<title>`), and the default `ariaLabel`. */
  title?: string;
  ariaLabel?: string;
  /** A longer text alternative, put in the svg's `<desc>`. */
  description?: string;
  /** In px; the svg has a viewBox, so the page may scale it down. */
  width?: number;
  /** ISO 4217 code: `GBP` → `£`. */
  currency?: string;
  /** BCP 47 tag of the labels' language and number style: `en-GB`. */
  locale?: string;
}

/** Common options, checked and filled in. */
export interface Frame {
  id: string;
  title: string;
  ariaLabel: string;
  description: string | undefined;
  width: number;
  currency: string;
  /** Numbers and dates in the chart's locale. */
  formatter: Formatter;
  /** The chart's own words (legends, tooltips) in the locale's language. */
  words: ChartWords;
}

/** `fr-FR` → fr; any other locale speaks English. */
export function langOfLocale(locale: string): Lang {
  return LANGS.find((lang) => LOCALE[lang] === locale || locale.startsWith(`${lang}-`)) ?? 'en';
}

/** `chart` names the default id (`vitrine-<chart>`); `fallbackTitle` is read when the page gives no title. */
export function normalizeFrame(options: CommonOptions | undefined, chart: string, fallbackTitle?: (words: ChartWords) => string): Frame {
  const { id, title, ariaLabel, description, width = defaults.width, currency = defaults.currency, locale = defaults.locale } = options ?? {};
  if (!Number.isFinite(width) || width < 200 || width > 4000) throw new Error(`invalid width: ${width}`);
  if (!/^[A-Za-z]{3}$/.test(currency)) throw new Error(`invalid currency: ${currency}`);
  const words = chartText[langOfLocale(locale)];
  const label = ariaLabel ?? title ?? (fallbackTitle ?? ((w) => w.chart))(words);
  return {
    id: normalizeId(id ?? `vitrine-${chart}`),
    title: title ?? label,
    ariaLabel: label,
    description,
    width: Math.round(width),
    currency: currency.toUpperCase(),
    formatter: formatterFor(locale),
    words,
  };
}

/** A valid CSS class name and XML id: `[a-z][a-z0-9-]*`. */
export function normalizeId(id: string): string {
  const clean = String(id)
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (!clean) throw new Error(`invalid id: ${id}`);
  return /^[a-z]/.test(clean) ? clean : `vitrine-${clean}`;
}

export function normalizeFormat(format: string | undefined, fallback: ValueFormat): ValueFormat {
  format ??= fallback;
  if (format !== 'money' && format !== 'count' && format !== 'percent' && format !== 'decimal') throw new Error(`invalid format: ${format}`);
  return format;
}

/** The label and tick formatters of a value format, in the frame's locale and currency. */
/** Decimals a percentage tick needs: 0.25 → 0 (25%), 0.002 → 1 (0.2%), 0.0025 → 2 (0.25%). */
export function percentDigits(fraction: number): number {
  const points = Math.abs(fraction) * 100;
  for (const digits of [0, 1, 2]) if (Math.abs(points * 10 ** digits - Math.round(points * 10 ** digits)) < 1e-6) return digits;
  return 2;
}

export function valueFormatters(format: ValueFormat, frame: Pick<Frame, 'formatter' | 'currency'>): { label: (v: number) => string; tick: (v: number) => string } {
  const { formatter: f, currency } = frame;
  switch (format) {
    case 'money':
      return { label: (v) => f.money(v, currency), tick: (v) => f.moneyTick(v, currency) };
    case 'count':
      return { label: f.count, tick: f.countTick };
    case 'percent':
      // Ticks take the decimals their value needs, so 0.2 % steps read 0%, 0.2%, 0.4%, never 0%, 0%, 0%.
      return { label: (v) => f.percent(v), tick: (v) => f.percent(v, percentDigits(v)) };
    case 'decimal':
      // Ticks keep one decimal so an axis reads 1.0, 1.5, 2.0 rather than 1, 1.5, 2.
      return { label: (v) => f.decimal(v, 2), tick: (v) => f.decimal(v, 2, 1) };
  }
}

export function toneColor(tone: string | undefined, fallback: Tone = 'net'): string {
  tone ??= fallback;
  if (!(tone in defaults.colors) || tone === 'noData' || tone === 'text') throw new Error(`invalid tone: ${tone}`);
  return defaults.colors[tone as Tone];
}

/** Throws unless `rows` is an array; used before anything reads the rows. */
export function checkRows<T>(rows: readonly T[] | null | undefined, chart: string): readonly T[] {
  if (rows == null) return [];
  if (!Array.isArray(rows)) throw new Error(`${chart}: rows must be an array`);
  return rows;
}

/** A finite number, or throws naming the field: data errors should fail the build, not draw nonsense. */
export function finite(value: unknown, field: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new Error(`${field} is not a finite number: ${String(value)}`);
  return value;
}

/** Cuts `text` to `max` characters (code points), ending in `…`. */
export function truncate(text: string, max: number = defaults.labelLength): string {
  const chars = Array.from(text.replace(/\s+/g, ' ').trim());
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('').trimEnd()}…`;
}
