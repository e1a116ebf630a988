// Column descriptions for DataTable: what to show and how to format it, per column.
import type { Formatter } from '../../format/formatter.ts';

/** `score`: a mean review score, two decimals. */
export type NumberKind = 'money' | 'count' | 'decimal' | 'score' | 'rate' | 'change';
/** `code`: an identifier, set in monospace. */
export type TextKind = 'text' | 'code' | 'month' | 'date';

/** `title`: a tooltip for the cell, e.g. the full value of a shortened one. */
export type Column<Row> = { title?: (row: Row) => string } & (
  | { label: string; kind: NumberKind; value: (row: Row) => number | null }
  | { label: string; kind: TextKind; value: (row: Row) => string | null }
  | { label: string; kind: 'product'; value: (row: Row) => { code: string; description: string } }
  | { label: string; kind: 'customer'; value: (row: Row) => string }
);

export const isNumeric = (kind: Column<unknown>['kind']): boolean => ['money', 'count', 'decimal', 'score', 'rate', 'change'].includes(kind);

/** Text of a number or text cell ("product" and "customer" cells are rendered by their components). */
export function cellText(kind: NumberKind | TextKind, value: number | string | null, currency: string | undefined, fmt: Formatter): string {
  if (value === null) return '–';
  if (typeof value === 'string') {
    if (kind === 'month') return fmt.month(value);
    if (kind === 'date') return fmt.date(value);
    return value;
  }
  if (kind === 'money') {
    if (!currency) throw new Error('A table with money columns needs a currency.');
    return fmt.money(value, currency);
  }
  if (kind === 'decimal') return fmt.decimal(value);
  if (kind === 'score') return fmt.score(value);
  if (kind === 'rate') return fmt.percent(value);
  if (kind === 'change') return fmt.change(value);
  return fmt.count(value);
}

// Short constructors keep the column lists on the pages readable.
export const money = <Row>(label: string, value: (row: Row) => number | null): Column<Row> => ({ label, kind: 'money', value });
export const count = <Row>(label: string, value: (row: Row) => number | null): Column<Row> => ({ label, kind: 'count', value });
export const decimal = <Row>(label: string, value: (row: Row) => number | null): Column<Row> => ({ label, kind: 'decimal', value });
export const score = <Row>(label: string, value: (row: Row) => number | null): Column<Row> => ({ label, kind: 'score', value });
export const rate = <Row>(label: string, value: (row: Row) => number | null): Column<Row> => ({ label, kind: 'rate', value });
export const change = <Row>(label: string, value: (row: Row) => number | null): Column<Row> => ({ label, kind: 'change', value });
export const text = <Row>(label: string, value: (row: Row) => string | null): Column<Row> => ({ label, kind: 'text', value });
export const code = <Row>(label: string, value: (row: Row) => string | null, title?: (row: Row) => string): Column<Row> =>
  ({ label, kind: 'code', value, title });
export const month = <Row>(label: string, value: (row: Row) => string | null): Column<Row> => ({ label, kind: 'month', value });
export const date = <Row>(label: string, value: (row: Row) => string | null): Column<Row> => ({ label, kind: 'date', value });
export const product = <Row extends { stock_code: string; description: string }>(label: string): Column<Row> =>
  ({ label, kind: 'product', value: (row) => ({ code: row.stock_code, description: row.description }) });
export const customer = <Row extends { customer_id: string }>(label: string): Column<Row> =>
  ({ label, kind: 'customer', value: (row) => row.customer_id });
export const rank = <Row extends { rank: number }>(): Column<Row> => ({ label: '#', kind: 'count', value: (row) => row.rank });
