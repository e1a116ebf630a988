// The sample's stock snapshot, data/sample/stock/stock-snapshot.csv (a stock/ subfolder is never
// read as a sales drop): the rule of stockSnapshot.ts applied to the sample's own sales in the
// last 8 weeks of its period, from the generator's records (the same bytes on every run).
//   node pipeline/sample/stock/generateStockSnapshot.ts [--out <dir>]   (default data/sample/stock)
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildSample } from '../generateSample.ts';
import { config } from '../config.ts';
import { dayOf, dayOfMinute } from '../calendar/dates.ts';
import { writeFileAtomic } from '../output/writeFile.ts';
import { snapshotCsv, type SalesRate } from './stockSnapshot.ts';

export const STOCK_FILE = 'stock-snapshot.csv';

export function sampleStockCsv(): string {
  const { invoices } = buildSample();
  const end = dayOf(config.period.to);
  const from = end - 56;
  const units = new Map<string, { units: number; sales: number }>();
  for (const inv of invoices) {
    for (const line of inv.lines) {
      if (!line.product || line.stockCode !== line.product.code) continue;
      const entry = units.get(line.product.code) ?? { units: 0, sales: 0 };
      units.set(line.product.code, entry);
      const day = dayOfMinute(inv.time);
      if (inv.prefix !== '' || day <= from || day > end || line.quantity <= 0 || line.price <= 0) continue;
      entry.units += line.quantity;
      entry.sales += line.quantity * line.price;
    }
  }
  const rates: SalesRate[] = [...units].map(([stockCode, u]) => ({ stockCode, unitsLast8Weeks: u.units, unitPrice: u.units > 0 ? u.sales / u.units : null }));
  return snapshotCsv(rates);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const at = process.argv.indexOf('--out');
  const dir = at >= 0 ? process.argv[at + 1]! : 'data/sample/stock';
  writeFileAtomic(resolve(dir, STOCK_FILE), sampleStockCsv());
  console.log(`wrote ${resolve(dir, STOCK_FILE)}`);
}
