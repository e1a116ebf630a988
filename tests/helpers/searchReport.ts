// A one-product, one-customer report folder in the shape the search records are read from
// (product 85123A sold under `descriptions`, the first canonical; customer 12346, a shop in France).
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function searchReport(descriptions: readonly string[], withPages = true): string {
  const dir = mkdtempSync(join(tmpdir(), 'vitrine-search-test-'));
  mkdirSync(join(dir, 'shop'));
  const file = (metric: string, rows: object[]) =>
    writeFileSync(join(dir, 'shop', `${metric}.json`), JSON.stringify({ metric, dataset: 'shop', grain: 'g', definition: 'd', rows }));
  const money = { gross: 1, returns: 0, net: 1, units_sold: 1, units_returned: 0, return_rate_units: 0, return_rate_value: 0, orders: 1 };
  file('product_sales', [{ rank: 1, stock_code: '85123A', description: descriptions[0], ...money, customers: 1, months_active: 1, first_sale: '2011-01-01', last_sale: '2011-01-01' }]);
  file('product_descriptions', descriptions.map((description, i) => (
    { stock_code: '85123A', description, lines: 3 - i, first_seen: `2011-01-0${i + 1}`, last_seen: `2011-01-0${i + 1}`, is_canonical: i === 0 })));
  file('customer_sales', [{ rank: 1, customer_id: '12346', country: 'France', customer_type: 'shop', ...money, return_lines: 0, median_units_per_line: 12, avg_order_value: 1, first_purchase: '2011-01-01', last_purchase: '2011-01-01' }]);
  file('summary', []); // listDatasets' mark of a dataset folder
  if (withPages) file('product_monthly', []);
  return dir;
}
