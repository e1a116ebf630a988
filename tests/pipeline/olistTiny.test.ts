// The Olist path on a hand-made export; every figure is worked out in the fixture's README.
import { beforeAll, describe, expect, it } from 'vitest';
import { buildReport, datasetOf, type BuiltReport } from '../helpers/buildReport.ts';
import { olistTinyFolder } from '../helpers/olistTiny.ts';

let report: BuiltReport;
beforeAll(async () => {
  report = await buildReport({ ...datasetOf('olist-tiny', olistTinyFolder()), kind: 'olist', currency: 'BRL' });
});

const rowsOf = (file: string) => report.json(file).rows as Record<string, unknown>[];

describe('Olist dataset, figures computed by hand', () => {
  it('1. recent orders, not canceled, delivered 3+ days late', () => {
    expect(rowsOf('cx_late_deliveries.json').map((r) => [r.order_id, r.days_late])).toEqual([
      ['o1', 5.5],
      ['o6', 3],
    ]);
  });

  it('2. sellers above 100,000 BRL on delivered orders', () => {
    expect(rowsOf('cx_top_sellers.json')).toEqual([{ seller_id: 's1', state: 'SP', city: 'campinas', orders: 3, items: 4, revenue: 111010, freight: 155 }]);
  });

  it('3. new sellers with more than 30 products sold', () => {
    expect(rowsOf('cx_new_engaged_sellers.json').map((r) => [r.seller_id, r.days_on_platform, r.products_sold, r.revenue])).toEqual([['s3', 0, 31, 310]]);
  });

  it('4. worst zip prefixes with more than 30 reviews in the last 12 months', () => {
    expect(rowsOf('cx_worst_zip_codes.json').map((r) => [r.zip_prefix, r.reviews, r.avg_score, r.share_bad])).toEqual([
      ['01000', 31, 3.5806, 0.3548],
      ['02000', 32, 4, 0],
    ]);
  });

  it('the ledger accounts for every row of every table', () => {
    const quality = report.json('quality.json');
    const counts = Object.fromEntries(quality.buckets.filter((b: any) => b.rows > 0).map((b: any) => [b.rule, b.rows]));
    expect(counts).toEqual({
      order_without_items: 1, kept_order: 6, kept_canceled_item: 1, kept_sale_item: 36, customer_without_order: 1, kept_customer: 5,
      review_without_date: 1, kept_review: 124, product_without_category: 1, product_untranslated_category: 1, kept_product: 1,
      kept_seller: 3, kept_translation: 1,
    });
    expect([quality.rows_raw, quality.rows_kept, quality.rows_excluded]).toEqual([182, 180, 2]);
    const o7 = quality.buckets.find((b: any) => b.rule === 'order_without_items').examples[0];
    expect([o7.drop, o7.line, o7.values.order_id]).toEqual(['olist_orders_dataset.csv', 8, 'o7']);
    expect(quality.buckets.find((b: any) => b.rule === 'product_without_category').description).toEqual({
      en: "A product with no category: shown as 'unknown'.",
      fr: 'Un produit sans catégorie\u00a0: affiché comme «\u00a0unknown\u00a0».',
    });
  });

  it('maps the marketplace onto the shared line model: canceled orders play the part of returns', () => {
    const summary = report.json('summary.json');
    expect([summary.kind, summary.currency, summary.rows_kept]).toEqual(['olist', 'BRL', 180]);
    expect(summary.revenue).toEqual({ gross: 111920, returns: 500, net: 111420 });
    expect([summary.invoices, summary.customers, summary.countries]).toEqual([6, 4, 3]);
    expect(report.files()).not.toContain('customer_types.json');
  });
});
