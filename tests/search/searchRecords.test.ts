// The search records: one per product and customer page in each built language, pointing at
// /<lang>/…, in that language (Pagefind keeps one index per language), and worded in it.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { searchRecords } from '../../src/search/searchRecords.ts';

function report(withPages: boolean): string {
  const dir = mkdtempSync(join(tmpdir(), 'vitrine-search-'));
  mkdirSync(join(dir, 'shop'));
  const file = (metric: string, rows: object[]) =>
    writeFileSync(join(dir, 'shop', `${metric}.json`), JSON.stringify({ metric, dataset: 'shop', grain: 'g', definition: 'd', rows }));
  const money = { gross: 1, returns: 0, net: 1, units_sold: 1, units_returned: 0, return_rate_units: 0, return_rate_value: 0, orders: 1 };
  file('product_sales', [{ rank: 1, stock_code: '85123A', description: 'WHITE HEART', ...money, customers: 1, months_active: 1, first_sale: '2011-01-01', last_sale: '2011-01-01' }]);
  file('product_descriptions', [
    { stock_code: '85123A', description: 'WHITE HEART', lines: 3, first_seen: '2011-01-01', last_seen: '2011-01-01', is_canonical: true },
    { stock_code: '85123A', description: 'CREAM HEART', lines: 1, first_seen: '2011-01-02', last_seen: '2011-01-02', is_canonical: false },
  ]);
  file('customer_sales', [{ rank: 1, customer_id: '12346', country: 'France', customer_type: 'shop', ...money, return_lines: 0, median_units_per_line: 12, avg_order_value: 1, first_purchase: '2011-01-01', last_purchase: '2011-01-01' }]);
  if (withPages) file('product_monthly', []);
  return dir;
}

describe('searchRecords(reportDir, dataset, base, langs)', () => {
  it('writes a record per page and language, at the page of that language', () => {
    const records = searchRecords(report(true), 'shop', '/reports', ['fr', 'en']);
    expect(records.map((r) => [r.language, r.url])).toEqual([
      ['fr', '/reports/fr/shop/products/85123a/'], ['fr', '/reports/fr/shop/customers/12346/'],
      ['en', '/reports/en/shop/products/85123a/'], ['en', '/reports/en/shop/customers/12346/'],
    ]);
  });

  it('words the records in their language, keeping the data as it is', () => {
    const [frProduct, frCustomer, enProduct, enCustomer] = searchRecords(report(true), 'shop', '/', ['fr', 'en']);
    expect(enProduct).toMatchObject({ content: 'Product 85123A. WHITE HEART. CREAM HEART', meta: { title: 'WHITE HEART (85123A)' }, filters: { dataset: ['shop'], type: ['Product'] } });
    expect(enCustomer).toMatchObject({ content: 'Customer 12346. France. Shop.', meta: { title: 'Customer 12346 · France' } });
    expect(frProduct).toMatchObject({ content: 'Produit 85123A. WHITE HEART. CREAM HEART', meta: { title: 'WHITE HEART (85123A)' }, filters: { rapport: ['shop'], type: ['Produit'] } });
    expect(frCustomer).toMatchObject({ content: 'Client 12346. France. Boutique.', meta: { title: 'Client 12346 · France' }, filters: { type: ['Client'] } });
  });

  it('writes only the languages built, and nothing for a dataset without entity pages', () => {
    expect(searchRecords(report(true), 'shop', '/', ['en']).every((r) => r.language === 'en' && r.url.startsWith('/en/'))).toBe(true);
    expect(searchRecords(report(false), 'shop', '/', ['fr', 'en'])).toEqual([]);
  });
});
