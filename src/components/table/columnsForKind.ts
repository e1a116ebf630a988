// A table's columns in the words of the dataset's kind. Olist buyers are all private people in
// Brazilian states, and its "returns" are items of canceled orders: the shop's column set is
// relabelled there rather than written twice.
import type { Summary } from '../../contracts/report.ts';
import type { Lang } from '../../i18n/langs.ts';
import { tableText } from '../../i18n/messages/tables.ts';
import type { Column } from './columns.ts';

export function columnsForKind<Row>(summary: Pick<Summary, 'kind'>, lang: Lang, columns: Column<Row>[]): Column<Row>[] {
  if (summary.kind !== 'olist') return columns;
  const t = tableText[lang];
  const relabel: Record<string, string> = { [t.country]: t.state, [t.returnLines]: t.canceledItems, [t.identifiedCustomers]: t.customers };
  // Says nothing on the marketplace: every buyer there is a private person.
  const dropped = new Set([t.type]);
  return columns
    .filter((column) => !dropped.has(column.label))
    .map((column) => (column.label in relabel ? { ...column, label: relabel[column.label]! } : column));
}
