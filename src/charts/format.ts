// Number and date formats for axes and labels: short ticks (`£12k`), exact labels (`£12,345`),
// months as `Jan 2010`. Locale is fixed (en-GB) so the output never depends on the machine.
import type { ValueFormat } from './options.ts';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MINUS = '\u2212';
const grouped = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const grouped2 = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const decimals = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 2 });

/** `GBP` → `£`, `EUR` → `€`, `USD` → `$`; an unknown code is returned as is (`XYZ`). */
export function currencySymbol(currency: string): string {
  const parts = new Intl.NumberFormat('en-GB', { style: 'currency', currency, currencyDisplay: 'narrowSymbol' }).formatToParts(0);
  return parts.find((part) => part.type === 'currency')?.value ?? currency;
}

/** Attaches the sign in front of the currency symbol: `−£12k`. Symbols of letters get a space: `CHF 12k`. */
function money(value: number, symbol: string, digits: string): string {
  const sep = /^[A-Za-z]+$/.test(symbol) ? ' ' : '';
  return `${value < 0 ? MINUS : ''}${symbol}${sep}${digits}`;
}

/** 950 → `950`, 12_300 → `12.3k`, 1_200_000 → `1.2M`: unsigned. */
function compact(abs: number): string {
  const units: [number, string][] = [[1e9, 'bn'], [1e6, 'M'], [1e3, 'k'], [1, '']];
  const round = (x: number) => (x >= 100 ? Math.round(x) : Math.round(x * 10) / 10);
  let unit = units.findIndex(([divisor]) => abs >= divisor);
  if (unit < 0) unit = units.length - 1;
  // 999_960 rounds to 1000k: say 1M instead.
  if (unit > 0 && round(abs / units[unit]![0]) >= 1000) unit -= 1;
  const [divisor, suffix] = units[unit]!;
  return `${round(abs / divisor)}${suffix}`;
}

/** For ticks: `£12k`, `−£1.5k`, `£0`. */
export function formatMoneyShort(value: number, symbol: string): string {
  return money(value, symbol, compact(Math.abs(value)));
}

/** For labels: `£12,345`, and pence below 100 (`£12.50`). */
export function formatMoney(value: number, symbol: string): string {
  const abs = Math.abs(value);
  return money(value, symbol, abs < 100 && !Number.isInteger(abs) ? grouped2.format(abs) : grouped.format(abs));
}

export function formatCount(value: number): string {
  return `${value < 0 ? MINUS : ''}${grouped.format(Math.abs(value))}`;
}

/** Up to 2 decimals, at least 1, for means: 4.2465 → `4.25`, 7.2 → `7.2`, 12 → `12.0`. */
export function formatDecimal(value: number): string {
  return `${value < 0 ? MINUS : ''}${decimals.format(Math.abs(value))}`;
}

export function formatCountShort(value: number): string {
  return `${value < 0 ? MINUS : ''}${compact(Math.abs(value))}`;
}

/** A fraction as a percentage with fixed decimals, so labels line up: 0.125 → `12.5%`, 0.5 → `50.0%`, `50%` with 0 digits. */
export function formatPercent(fraction: number, digits = 1): string {
  const rounded = Number((fraction * 100).toFixed(digits));
  return `${rounded < 0 ? MINUS : ''}${Math.abs(rounded).toFixed(digits)}%`;
}

/** `2010-01` → `Jan 2010`. */
export function formatMonth(month: string): string {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  const index = match ? Number(match[2]) - 1 : -1;
  if (!match || index < 0 || index > 11) throw new Error(`invalid month: ${month}`);
  return `${MONTHS[index]} ${match[1]}`;
}

/** The label and tick formatters for a value format. */
export function valueFormatters(format: ValueFormat, symbol: string): { label: (v: number) => string; tick: (v: number) => string } {
  switch (format) {
    case 'money':
      return { label: (v) => formatMoney(v, symbol), tick: (v) => formatMoneyShort(v, symbol) };
    case 'count':
      return { label: formatCount, tick: formatCountShort };
    case 'percent':
      return { label: (v) => formatPercent(v), tick: (v) => formatPercent(v, 0) };
    case 'decimal':
      return { label: formatDecimal, tick: formatDecimal };
  }
}
