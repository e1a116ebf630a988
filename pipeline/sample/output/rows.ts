// Invoice numbers in time order, then one row per line, then the rows of each drop.
import { config } from '../config.ts';
import { dayOf, dayOfMinute } from '../calendar/dates.ts';
import type { Invoice, Row } from '../model/types.ts';

/** Sorts invoices by time (ties: creation order) and numbers them from the first number on. */
export function numberInvoices(invoices: Invoice[]): Invoice[] {
  const sorted = invoices.slice().sort((a, b) => a.time - b.time || a.order - b.order);
  sorted.forEach((inv, i) => {
    inv.number = `${inv.prefix}${config.firstInvoiceNumber + i}`;
  });
  return sorted;
}

export function toRows(invoices: Invoice[]): Row[] {
  const rows: Row[] = [];
  for (const inv of invoices) {
    for (const line of inv.lines) {
      rows.push({
        invoice: inv.number,
        stockCode: line.stockCode,
        description: line.description,
        quantity: line.quantity,
        time: inv.time,
        price: line.price,
        customerId: inv.customer?.id ?? null,
        country: inv.country,
        flags: line.flags,
      });
    }
  }
  return rows;
}

export interface DropRows {
  drop: (typeof config.drops)[number];
  rows: Row[];
}

/** Rows of each drop: every row whose day lies in the drop's range (the ranges overlap). */
export function splitDrops(rows: Row[]): DropRows[] {
  return config.drops.map((drop) => {
    const from = dayOf(drop.from);
    const to = dayOf(drop.to);
    return { drop, rows: rows.filter((r) => dayOfMinute(r.time) >= from && dayOfMinute(r.time) <= to) };
  });
}
