// The two column layouts of the UCI exports. Values are the same; only formatting differs.
import { csvFormatRows } from 'd3-dsv';
import type { LayoutName } from '../config.ts';
import { formatIsoDateTime, formatUkExportDateTime } from '../calendar/dates.ts';
import type { Row } from '../model/types.ts';

/** A price as the exports write it: shortest decimal, at least one decimal place (`2.55`, `0.0`). */
export function formatPrice(price: number): string {
  return Number.isInteger(price) ? price.toFixed(1) : String(price);
}

function fields(row: Row, layout: LayoutName): string[] {
  const customer =
    row.customerId === null ? '' : layout === 'online_retail' ? `${row.customerId}.0` : String(row.customerId);
  const date = layout === 'online_retail' ? formatUkExportDateTime(row.time) : formatIsoDateTime(row.time);
  return [row.invoice, row.stockCode, row.description, String(row.quantity), date, formatPrice(row.price), customer, row.country];
}

/** The whole CSV text: header, one line per row, LF endings, a final newline. */
export function formatCsv(header: readonly string[], rows: Row[], layout: LayoutName): string {
  return `${csvFormatRows([header.slice(), ...rows.map((r) => fields(r, layout))])}\n`;
}
