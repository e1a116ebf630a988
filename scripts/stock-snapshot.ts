// A plausible stock snapshot for trying the stock page on real data, which holds no stock:
// the rule of pipeline/sample/stock/stockSnapshot.ts applied to a built report's
// stock_products.json (units sold in the last 8 weeks, recent selling price). Writes outside
// the project (never commit real-data derivatives):
//   node scripts/stock-snapshot.ts <report-dir>/<dataset> /tmp/stock/online-retail-stock.csv
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { snapshotCsv } from '../pipeline/sample/stock/stockSnapshot.ts';

const [reportFolder, out] = process.argv.slice(2);
if (!reportFolder || !out) throw new Error('usage: node scripts/stock-snapshot.ts <report-dir>/<dataset> <out.csv>');
const products = JSON.parse(readFileSync(`${reportFolder}/stock_products.json`, 'utf8')) as { rows: { stock_code: string; last_8_weeks: number; unit_price: number | null }[] };
const csv = snapshotCsv(products.rows.map((r) => ({ stockCode: r.stock_code, unitsLast8Weeks: r.last_8_weeks, unitPrice: r.unit_price })));
mkdirSync(dirname(out), { recursive: true });
// 'wx': an existing file is never overwritten.
try {
  writeFileSync(out, csv, { flag: 'wx' });
} catch (error) {
  if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  throw new Error(`${out} exists: give a new file name (nothing was written).`);
}
console.log(`${out}: ${csv.split('\n').length - 2} rows`);
