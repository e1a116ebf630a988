// How the diff writes a figure: as written in the report (its own decimals, up to 4), with
// thousands separators, a real minus sign, and changes always signed.
import { formatterFor } from '../../src/format/formatter.ts';

const f = formatterFor('en-GB');

export type Value = string | number | boolean | null;

/** A value as written: 1234.5 → `1,234.5`, 0.0606 → `0.0606`, null → `none`, text quoted only when empty. */
export function show(value: Value, currency?: string): string {
  if (value === null) return 'none';
  if (typeof value === 'number') return currency ? money(value, currency) : f.decimal(value, 4);
  if (typeof value === 'boolean') return String(value);
  return value === '' ? '""' : value;
}

/** Money with its pence: `£18,926,280.93`, `−£5.00`. */
export function money(value: number, currency: string): string {
  const text = `${f.currencySymbol(currency)}${f.decimal(Math.abs(value), 2, 2)}`;
  return value < 0 ? `\u2212${text}` : text;
}

/** A signed change: `+1,234`, `−0.0125`, `+£3.50`; 0 → `±0`. */
export function signed(delta: number, currency?: string): string {
  if (delta === 0) return '±0';
  const text = currency ? money(Math.abs(delta), currency) : f.decimal(Math.abs(delta), 4);
  return `${delta > 0 ? '+' : '\u2212'}${text}`;
}

/** `+94.2 %`; null (from zero) → null. */
export function percent(relative: number | null): string | null {
  if (relative === null) return null;
  return f.change(relative, 1).replace('%', ' %');
}

/** `old → new (+delta, +x %)`, the % left out when the old value is 0 or either is not a number. */
export function change(old: Value, now: Value, currency?: string): string {
  const arrow = `${show(old, currency)} → ${show(now, currency)}`;
  if (typeof old !== 'number' || typeof now !== 'number') return arrow;
  const pct = percent(relativeChange(old, now));
  return `${arrow} (${signed(round(now - old), currency)}${pct ? `, ${pct}` : ''})`;
}

export function relativeChange(old: number, now: number): number | null {
  return old === 0 ? null : (now - old) / Math.abs(old);
}

/** Differences of rounded figures, without the float tail (0.1 + 0.2). */
export function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

export const count = (n: number): string => f.count(n);

/** A share as a percentage, its change in points: `6.9 % → 14.1 % (+7.2 points)`. */
export function shareChange(old: Value, now: Value): string {
  const pct = (v: Value) => (typeof v === 'number' ? f.percent(v, 1).replace('%', ' %') : show(v));
  if (typeof old !== 'number' || typeof now !== 'number') return `${pct(old)} → ${pct(now)}`;
  const points = Math.round((now - old) * 1000) / 10;
  return `${pct(old)} → ${pct(now)} (${points === 0 ? '±0' : `${points > 0 ? '+' : '\u2212'}${f.decimal(Math.abs(points), 1, 1)}`} points)`;
}

export const sharePercent = (v: Value): string => (typeof v === 'number' ? f.percent(v, 1).replace('%', ' %') : show(v));

/** `1 product`, `2 products`. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${f.count(n)} ${n === 1 ? one : many}`;
}
