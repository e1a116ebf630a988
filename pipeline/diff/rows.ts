// Rows of two versions of a report file matched by identity: the key columns the registry gives
// (src/contracts/registry.ts), compared as written (the JSON is rounded already, so equal
// figures are equal numbers and there is no tolerance).
import { compare } from './facts.ts';
import type { Value } from './format.ts';

export type Row = Record<string, unknown>;

export interface ChangedRow {
  id: string;
  old: Row;
  new: Row;
  /** The columns whose values differ. */
  columns: string[];
}

export interface RowDiff {
  added: { id: string; row: Row }[];
  removed: { id: string; row: Row }[];
  changed: ChangedRow[];
  unchanged: number;
}

/** `85123A`, `22697 · 22699`: the key values of a row, in key order. */
export function rowId(row: Row, key: readonly string[]): string {
  return key.length === 0 ? 'the row' : key.map((column) => idOf(row[column])).join(' · ');
}

/** A key value as text; a name written in each language matches by its English (as in older reports, which hold only that). */
function idOf(value: unknown): string {
  if (value === null || value === undefined) return 'none';
  if (typeof value === 'object' && typeof (value as { en?: unknown }).en === 'string') return (value as { en: string }).en;
  return String(value);
}

export function diffRows(oldRows: readonly Row[], newRows: readonly Row[], key: readonly string[]): RowDiff {
  const index = (rows: readonly Row[]) => new Map(rows.map((row) => [rowId(row, key), row]));
  const [before, after] = [index(oldRows), index(newRows)];
  const result: RowDiff = { added: [], removed: [], changed: [], unchanged: 0 };
  for (const [id, row] of after) {
    const old = before.get(id);
    if (!old) result.added.push({ id, row });
    else {
      const columns = changedColumns(old, row);
      if (columns.length) result.changed.push({ id, old, new: row, columns });
      else result.unchanged++;
    }
  }
  for (const [id, row] of before) if (!after.has(id)) result.removed.push({ id, row });
  result.added.sort((a, b) => compare(a.id, b.id));
  result.removed.sort((a, b) => compare(a.id, b.id));
  result.changed.sort((a, b) => compare(a.id, b.id));
  return result;
}

export function changedColumns(a: Row, b: Row): string[] {
  const columns = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...columns].filter((column) => !same(a[column], b[column])).sort(compare);
}

/** Deep equality of JSON values (arrays in order, objects whatever their key order). */
export function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) return a.length === (b as unknown[]).length && a.every((item, i) => same(item, (b as unknown[])[i]));
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((k) => same((a as Row)[k], (b as Row)[k]));
}

export function valueOf(row: Row | undefined, column: string): Value {
  const value = row?.[column];
  return value === undefined ? null : typeof value === 'object' && value !== null ? JSON.stringify(value) : (value as Value);
}

export function numberOf(row: Row | undefined, column: string): number {
  const value = row?.[column];
  return typeof value === 'number' ? value : 0;
}
