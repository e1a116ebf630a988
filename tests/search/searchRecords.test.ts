// The search records: one per product and customer page in each built language, pointing at
// /<lang>/…, in that language (Pagefind keeps one index per language), and worded in it.
import { describe, expect, it } from 'vitest';
import { searchRecords } from '../../src/search/searchRecords.ts';
import { searchReport } from '../helpers/searchReport.ts';

const report = (withPages: boolean) => searchReport(['WHITE HEART', 'CREAM HEART'], withPages);

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
