// Small hand-made report folders for the diff tests: a base dataset and edits of it.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type Files = Record<string, unknown>;

const metric = (name: string, rows: unknown[], params?: Record<string, number>) => ({ metric: name, dataset: 'shop', grain: 'one row per thing', definition: `${name} defined.`, ...(params ? { params } : {}), rows });
const product = (rank: number, stock_code: string, description: string, net: number) => ({ rank, stock_code, description, net });
const source = (drop: string, rows: number, sha256: string, from: string, to: string) => ({ drop, file: drop, layout: 'online_retail_ii', sheet: null, rows, sha256, date_format: 'ISO', first_invoice_date: from, last_invoice_date: to });

export function baseFiles(): Files {
  return {
    summary: {
      dataset: 'shop', kind: 'online_retail', is_sample: false, currency: 'GBP',
      sources: [source('a.csv', 100, 'aaaa', '2010-01-04', '2010-12-20')],
      rows_raw: 100, rows_kept: 90, period: { from: '2010-01-04', to: '2010-12-20' },
      invoices: 40, customers: 10, products: 5, countries: 2,
      revenue: { gross: 1000, returns: 50, net: 950 }, lines_without_customer: { rows: 4, revenue: 20 },
    },
    quality: {
      dataset: 'shop', rows_raw: 100, rows_kept: 90, rows_excluded: 10,
      buckets: [
        { rule: 'kept_sale_line', kind: 'kept', group: 'kept', rows: 85, revenue: 1000, description: '', examples: [] },
        { rule: 'kept_return_line', kind: 'kept', group: 'kept', rows: 5, revenue: -50, description: '', examples: [] },
        { rule: 'duplicate_line', kind: 'excluded', group: 'dup', rows: 10, revenue: 30, description: '', examples: [] },
      ],
      lines_without_customer: { rows: 4, revenue: 20, description: '' },
    },
    products_best: metric('products_best', [product(1, 'A', 'RED MUG', 500), product(2, 'B', 'BLUE BOWL', 300), product(3, 'C', 'GREEN VASE', 100)]),
    basket_rules_by_country: metric('basket_rules_by_country', [
      { country: 'France', rank: 1, antecedent_code: 'A', antecedent_description: 'RED MUG', consequent_code: 'B', consequent_description: 'BLUE BOWL', lift: 2 },
      { country: 'France', rank: 2, antecedent_code: 'B', antecedent_description: 'BLUE BOWL', consequent_code: 'A', consequent_description: 'RED MUG', lift: 2 },
      { country: 'Germany', rank: 1, antecedent_code: 'A', antecedent_description: 'RED MUG', consequent_code: 'C', consequent_description: 'GREEN VASE', lift: 3 },
    ]),
    product_sales: metric('product_sales', [product(1, 'A', 'RED MUG', 500), product(2, 'B', 'BLUE BOWL', 300), product(3, 'C', 'GREEN VASE', 100), product(4, 'D', 'OLD LAMP', 50)]),
    customer_sales: metric('customer_sales', [{ rank: 1, customer_id: '1', country: 'France', net: 700 }, { rank: 2, customer_id: '2', country: 'Germany', net: 250 }]),
    monthly_sales: metric('monthly_sales', [{ month: '2010-01', net: 400 }, { month: '2010-02', net: 550 }], { gap_days: 14 }),
    segment_summary: metric('segment_summary', [{ status: 'ok', customers: 10, chosen_family: 'k-means', chosen_k: 2, segments: 2 }]),
    segment_profiles: metric('segment_profiles', [{ segment: 1, name: 'Active shops', customers: 6, share_customers: 0.6 }, { segment: 2, name: 'Lapsed buyers', customers: 4, share_customers: 0.4 }]),
    stock_products: metric('stock_products', [
      { stock_code: 'A', description: 'RED MUG', demand_class: 'smooth', decision: 'cover', expected_8_weeks: 80, order_units: 10, order_value: 25 },
      { stock_code: 'B', description: 'BLUE BOWL', demand_class: 'lumpy', decision: 'order_on_demand', expected_8_weeks: 0, order_units: 0, order_value: null },
    ]),
    stock_forecast: metric('stock_forecast', [{ stock_code: 'A', week: '2010-12-27', forecast: 10 }, { stock_code: 'A', week: '2011-01-03', forecast: 12 }]),
    stock_backtest: metric('stock_backtest', [
      { window: 'later_origins', demand_class: 'smooth', method: 'holt_winters', is_chosen: true },
      { window: 'later_origins', demand_class: 'smooth', method: 'seasonal_naive', is_chosen: false },
    ]),
  };
}

/** A report folder holding `datasets` (name → files), written as a build would (2-space JSON). */
export function writeReport(datasets: Record<string, Files>): string {
  const root = mkdtempSync(join(tmpdir(), 'vitrine-diff-'));
  writeFileSync(join(root, '.vitrine-report'), `${Object.keys(datasets).join('\n')}\n`);
  for (const [name, files] of Object.entries(datasets)) {
    mkdirSync(join(root, name));
    for (const [file, json] of Object.entries(files)) writeFileSync(join(root, name, `${file}.json`), `${JSON.stringify(json, null, 2)}\n`);
  }
  return root;
}

/** A deep copy to edit. */
export const copy = <T>(value: T): T => structuredClone(value);
export const rowsOf = (files: Files, name: string) => (files[name] as { rows: Record<string, unknown>[] }).rows;
