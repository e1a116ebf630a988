// What the site search finds: one record per product and customer that has a page, built from
// the report data rather than scraped from HTML, so that codes, ids, every description variant
// and the country are searchable. Plain Node, like src/report/loadReport.ts.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadMetric } from '../report/loadReport.ts';
import { entityPath, entitySlugs } from '../report/entitySlugs.ts';

export interface SearchRecord {
  url: string;
  content: string;
  language: 'en';
  meta: { title: string };
  filters: { dataset: string[]; type: string[] };
}

/** Entity pages exist only where the per-entity series were written (not for marketplace data). */
export function hasEntityPages(reportDir: string, dataset: string): boolean {
  return existsSync(join(reportDir, dataset, 'product_monthly.json'));
}

export function searchRecords(reportDir: string, dataset: string, base: string): SearchRecord[] {
  if (!hasEntityPages(reportDir, dataset)) return [];
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const variants = new Map<string, string[]>();
  for (const row of loadMetric(reportDir, dataset, 'product_descriptions').rows) {
    variants.set(row.stock_code, [...(variants.get(row.stock_code) ?? []), row.description]);
  }
  const products = entitySlugs(reportDir, dataset, 'product');
  const customers = entitySlugs(reportDir, dataset, 'customer');
  const records: SearchRecord[] = [];
  for (const row of loadMetric(reportDir, dataset, 'product_sales').rows) {
    records.push({
      url: prefix + entityPath(dataset, 'product', products.slugOf(row.stock_code)!),
      content: [`Product ${row.stock_code}`, ...(variants.get(row.stock_code) ?? [row.description])].join('. '),
      language: 'en',
      meta: { title: `${row.description} (${row.stock_code})` },
      filters: { dataset: [dataset], type: ['Product'] },
    });
  }
  for (const row of loadMetric(reportDir, dataset, 'customer_sales').rows) {
    records.push({
      url: prefix + entityPath(dataset, 'customer', customers.slugOf(row.customer_id)!),
      content: `Customer ${row.customer_id}. ${row.country}. ${row.customer_type === 'shop' ? 'Shop' : 'Private buyer'}.`,
      language: 'en',
      meta: { title: `Customer ${row.customer_id} · ${row.country}` },
      filters: { dataset: [dataset], type: ['Customer'] },
    });
  }
  return records;
}
