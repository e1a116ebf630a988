// Products (product_sales) and customers (customer_sales) that appeared or disappeared between
// the two reports, and those whose net revenue moved most; sized by the money involved.
import type { FactInit } from './facts.ts';
import { change, money, show } from './format.ts';
import { diffRows, numberOf, type Row } from './rows.ts';
import { memberLabel } from './rankings.ts';

export const ENTITY_FILES: Record<string, { key: string; one: string; many: string }> = {
  product_sales: { key: 'stock_code', one: 'product', many: 'products' },
  customer_sales: { key: 'customer_id', one: 'customer', many: 'customers' },
};

export function entityFacts(file: string, oldRows: readonly Row[], newRows: readonly Row[], currency?: string): FactInit[] {
  const entity = ENTITY_FILES[file]!;
  const key = [entity.key];
  const diff = diffRows(oldRows, newRows, key);
  const net = (row: Row) => numberOf(row, 'net');
  const cash = (value: number) => (currency ? money(value, currency) : show(value));
  const label = (row: Row) => (file === 'customer_sales' ? `${row.customer_id} (${row.country ?? 'no country'})` : memberLabel(row, key));
  const facts: FactInit[] = [];
  for (const { id, row } of diff.added) {
    facts.push({ file, group: `${entity.many} appeared`, change: 'appeared', subject: id, old: null, new: net(row), size: Math.abs(net(row)), text: `${label(row)}: net ${cash(net(row))}` });
  }
  for (const { id, row } of diff.removed) {
    facts.push({ file, group: `${entity.many} disappeared`, change: 'disappeared', subject: id, old: net(row), new: null, size: Math.abs(net(row)), text: `${label(row)}: had net ${cash(net(row))}` });
  }
  for (const { id, old, new: now } of diff.changed) {
    if (net(old) === net(now)) continue;
    facts.push({ file, group: `${entity.many} with the largest change in net revenue`, change: 'changed', subject: id, old: net(old), new: net(now), size: Math.abs(net(now) - net(old)), text: `${label(now)}: net ${change(net(old), net(now), currency)}` });
  }
  return facts;
}
