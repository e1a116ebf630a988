// A table's columns in the words of the dataset's kind. Olist buyers are all private people in
// Brazilian states, and its "returns" are items of canceled orders: the shop's column set is
// relabelled there rather than written twice.
import type { Summary } from '../../contracts/report.ts';
import type { Column } from './columns.ts';

const MARKETPLACE_LABELS: Record<string, string> = {
  Country: 'State',
  'Return lines': 'Canceled items',
  'Identified customers': 'Customers',
};
/** Columns that say nothing on the marketplace: every buyer there is a private person. */
const MARKETPLACE_DROPPED = new Set(['Type']);

export function columnsForKind<Row>(summary: Pick<Summary, 'kind'>, columns: Column<Row>[]): Column<Row>[] {
  if (summary.kind !== 'olist') return columns;
  return columns
    .filter((column) => !MARKETPLACE_DROPPED.has(column.label))
    .map((column) => (column.label in MARKETPLACE_LABELS ? { ...column, label: MARKETPLACE_LABELS[column.label]! } : column));
}
