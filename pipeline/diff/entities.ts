// Products (product_sales) and customers (customer_sales) that appeared or disappeared between
// the two reports, and those whose net revenue moved most; sized by the money involved.
import type { FactInit } from './facts.ts';
import type { Lang } from '../../src/i18n/langs.ts';
import { changesFactsText } from '../../src/i18n/messages/changesFacts.ts';
import { say, textOf, type DiffFormat } from './format.ts';
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
  const cash = (f: DiffFormat, value: number) => (currency ? f.money(value, currency) : f.show(value));
  const label = (row: Row, lang: Lang) => {
    const t = changesFactsText[lang];
    return file === 'customer_sales' ? t.customer(String(row.customer_id), textOf(row.country, lang) ?? t.noCountry) : memberLabel(row, key, lang);
  };
  const facts: FactInit[] = [];
  for (const { id, row } of diff.added) {
    facts.push({ file, group: `${entity.many} appeared`, change: 'appeared', subject: id, old: null, new: net(row), size: Math.abs(net(row)), text: say((t, f, lang) => t.netAppeared(label(row, lang), cash(f, net(row)))) });
  }
  for (const { id, row } of diff.removed) {
    facts.push({ file, group: `${entity.many} disappeared`, change: 'disappeared', subject: id, old: net(row), new: null, size: Math.abs(net(row)), text: say((t, f, lang) => t.netDisappeared(label(row, lang), cash(f, net(row)))) });
  }
  for (const { id, old, new: now } of diff.changed) {
    if (net(old) === net(now)) continue;
    facts.push({ file, group: `${entity.many} with the largest change in net revenue`, change: 'changed', subject: id, old: net(old), new: net(now), size: Math.abs(net(now) - net(old)), text: say((t, f, lang) => t.netChanged(label(now, lang), f.change(net(old), net(now), currency))) });
  }
  return facts;
}
