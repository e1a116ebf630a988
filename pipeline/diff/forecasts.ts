// Forecasts and stock: totals over stock_products (expected demand, what to order, what is in
// excess, how many products per decision), the products whose 8-week forecast moved most, the
// total of stock_forecast, and the chosen method per demand class (stock_backtest).
import { sum } from 'd3-array';
import { compare, type FactInit } from './facts.ts';
import type { Lang } from '../../src/i18n/langs.ts';
import type { changesFactsText } from '../../src/i18n/messages/changesFacts.ts';
import { relativeChange, say } from './format.ts';
import { diffRows, numberOf, valueOf, type Row } from './rows.ts';
import { memberLabel } from './rankings.ts';

const TOTALS = ['expected_4_weeks', 'expected_8_weeks', 'expected_12_weeks', 'order_units', 'excess_units', 'order_value', 'excess_value'] as const;

const total = (rows: readonly Row[], column: string) => Math.round(sum(rows, (row) => numberOf(row, column)) * 100) / 100;

type Texts = (typeof changesFactsText)[Lang];
/** A total's words: a figure of the catalogue by its subject, or a sentence of its own. */
const figure = (subject: string) => (t: Texts) => t.figures[subject]!;

function totalFact(file: string, group: string, subject: string, a: number, b: number, label: (t: Texts) => string, currency?: string): FactInit | null {
  if (a === b) return null;
  const relative = relativeChange(a, b);
  return { file, group, change: 'changed', subject, old: a, new: b, size: relative === null ? Infinity : Math.abs(relative), text: say((t, f) => t.figure(label(t), f.change(a, b, currency))) };
}

export function stockProductFacts(oldRows: readonly Row[], newRows: readonly Row[], currency?: string): FactInit[] {
  const group = 'stock_products totals';
  const facts: (FactInit | null)[] = [totalFact('stock_products', group, 'products with a forecast', oldRows.length, newRows.length, figure('products with a forecast'))];
  for (const column of TOTALS) facts.push(totalFact('stock_products', group, `Σ ${column}`, total(oldRows, column), total(newRows, column), (t) => t.sumOf(column), column.endsWith('_value') ? currency : undefined));
  for (const column of ['decision', 'demand_class'] as const) {
    const counts = (rows: readonly Row[]) => rows.reduce((m, row) => m.set(String(valueOf(row, column)), (m.get(String(valueOf(row, column))) ?? 0) + 1), new Map<string, number>());
    const [a, b] = [counts(oldRows), counts(newRows)];
    for (const value of [...new Set([...a.keys(), ...b.keys()])].sort(compare)) facts.push(totalFact('stock_products', group, `products with ${column} ${value}`, a.get(value) ?? 0, b.get(value) ?? 0, (t) => t.productsWith(column, value)));
  }
  const diff = diffRows(oldRows, newRows, ['stock_code']);
  for (const { id, old, new: now } of diff.changed) {
    const [a, b] = [numberOf(old, 'expected_8_weeks'), numberOf(now, 'expected_8_weeks')];
    if (a === b) continue;
    facts.push({ file: 'stock_products', group: 'products whose 8-week forecast moved most (units)', change: 'changed', subject: id, old: a, new: b, size: Math.abs(b - a), text: say((t, f, lang) => t.forecastMoved(memberLabel(now, ['stock_code'], lang), f.change(a, b))) });
  }
  return facts.filter((f): f is FactInit => f !== null);
}

export function stockForecastFacts(oldRows: readonly Row[], newRows: readonly Row[]): FactInit[] {
  const group = 'stock_forecast totals';
  const first = (rows: readonly Row[]) => rows.map((row) => String(row.week)).sort(compare)[0] ?? null;
  const facts = [
    totalFact('stock_forecast', group, 'Σ forecast (units, every product and week ahead)', total(oldRows, 'forecast'), total(newRows, 'forecast'), figure('Σ forecast (units, every product and week ahead)')),
    totalFact('stock_forecast', group, 'product-weeks forecast', oldRows.length, newRows.length, figure('product-weeks forecast')),
  ].filter((f): f is FactInit => f !== null);
  const [a, b] = [first(oldRows), first(newRows)];
  if (a !== b) facts.push({ file: 'stock_forecast', group, change: 'changed', subject: 'first week forecast', old: a, new: b, size: Infinity, text: say((t, f) => t.figure(t.figures['first week forecast']!, `${f.show(a)} → ${f.show(b)}`)) });
  return facts;
}

export function backtestFacts(oldRows: readonly Row[], newRows: readonly Row[]): FactInit[] {
  const chosen = (rows: readonly Row[]) => new Map(rows.filter((row) => row.is_chosen === true).map((row) => [`${row.window} · ${row.demand_class}`, String(row.method)]));
  const [a, b] = [chosen(oldRows), chosen(newRows)];
  const facts: FactInit[] = [];
  for (const id of [...new Set([...a.keys(), ...b.keys()])].sort(compare)) {
    const [x, y] = [a.get(id) ?? null, b.get(id) ?? null];
    if (x !== y) facts.push({ file: 'stock_backtest', group: 'chosen forecast method', change: 'changed', subject: id, old: x, new: y, size: 1, text: say((t) => t.figure(id, `${x ?? t.none} → ${y ?? t.none}`)) });
  }
  return facts;
}
