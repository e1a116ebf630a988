// CSV text for a chart's "download the data" link: a header row, LF line ends, a trailing
// newline, quoting by d3-dsv, and cells that a spreadsheet would run as a formula
// (`=`, `+`, `-`, `@`, tab, CR first) made inert with a leading `'`, except plain numbers.
import { csvFormatRows } from 'd3-dsv';

export type CsvValue = string | number | boolean | Date | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;

/**
 * `columns` picks and orders the fields; by default every key of the rows, in order of
 * first appearance. Missing, null and non-finite values are empty cells.
 */
export function toCsv<Row extends object>(rows: readonly Row[], columns?: readonly (keyof Row & string)[]): string {
  if (!Array.isArray(rows)) throw new Error('toCsv: rows must be an array');
  const keys: string[] = columns ? [...columns] : inferColumns(rows);
  if (keys.length === 0) throw new Error('toCsv: no columns');
  const body = rows.map((row) => keys.map((key) => cell((row as Record<string, unknown>)[key])));
  return `${csvFormatRows([keys.map(neutralize), ...body])}\n`;
}

function inferColumns(rows: readonly object[]): string[] {
  const keys = new Set<string>();
  for (const row of rows) for (const key of Object.keys(row)) keys.add(key);
  return [...keys];
}

function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return String(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString();
  return neutralize(String(value));
}

/** `=1+1` → `'=1+1`; `-12.5` stays a number. */
export function neutralize(text: string): string {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}
