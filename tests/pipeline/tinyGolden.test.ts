// The tiny fixture's figures are worked out by hand in tests/fixtures/tiny/README.md; these
// assertions restate them, and the golden folder guards every other byte.
import { beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { buildReport, datasetOf, projectRoot, type BuiltReport } from '../helpers/buildReport.ts';
import { compareWithGolden } from '../helpers/golden.ts';

let report: BuiltReport;
beforeAll(async () => {
  report = await buildReport(datasetOf('tiny', 'tests/fixtures/tiny'));
});

const rowsOf = (file: string) => report.json(file).rows as Record<string, unknown>[];

describe('tiny fixture, figures computed by hand', () => {
  it('ledger buckets', () => {
    const quality = report.json('quality.json');
    const counts = Object.fromEntries(quality.buckets.filter((b: any) => b.rows > 0).map((b: any) => [b.rule, [b.rows, b.revenue]]));
    expect(counts).toEqual({
      invalid_value: [1, 0],
      superseded_by_newer_drop: [2, 25],
      duplicate_line: [1, 15],
      non_product_postage: [1, 18],
      non_product_discount: [1, -5],
      non_product_vouchers: [1, 17.39],
      missing_description: [1, 0],
      zero_or_negative_price: [1, 0],
      negative_quantity_outside_cancellation: [1, -10],
      positive_quantity_in_cancellation: [1, 2.5],
      zero_quantity: [1, 0],
      kept_return_line: [2, -15],
      kept_sale_line: [8, 145.4],
    });
    expect([quality.rows_raw, quality.rows_kept, quality.rows_excluded]).toEqual([22, 10, 12]);
  });

  it('ledger examples point at the raw line in its drop', () => {
    const buckets = report.json('quality.json').buckets as any[];
    const where = (rule: string) => buckets.find((b) => b.rule === rule).examples.map((e: any) => `${e.drop}:${e.line}`);
    expect(where('duplicate_line')).toEqual(['a-2010.csv:4']);
    expect(where('superseded_by_newer_drop')).toEqual(['a-2010.csv:7', 'a-2010.csv:8']);
    expect(where('invalid_value')).toEqual(['a-2010.csv:11']);
    expect(where('positive_quantity_in_cancellation')).toEqual(['b-2011.csv:11']);
    expect(buckets.find((b) => b.rule === 'invalid_value').examples[0].quantity).toBe('abc');
  });

  it('each rule explains itself in English and French (seeds/ledger_rules.csv), and so do the lines without a customer', () => {
    const quality = report.json('quality.json');
    const zero = quality.buckets.find((b: any) => b.rule === 'zero_quantity');
    expect(zero.description).toEqual({ en: 'A quantity of zero.', fr: 'Une quantité nulle.' });
    expect(quality.buckets.every((b: any) => b.description.en.length > 0 && b.description.fr.length > 0 && b.description.fr !== b.description.en)).toBe(true);
    expect(quality.lines_without_customer.description.en).toMatch(/^Kept lines with no customer id\./);
    expect(quality.lines_without_customer.description.fr).toMatch(/^Lignes conservées sans identifiant client\./);
  });

  it('summary', () => {
    const s = report.json('summary.json');
    expect(s.revenue).toEqual({ gross: 145.4, returns: 15, net: 130.4 });
    expect(s.period).toEqual({ from: '2010-11-02', to: '2011-02-14' });
    expect([s.invoices, s.customers, s.products, s.countries]).toEqual([7, 3, 3, 3]);
    expect(s.lines_without_customer).toEqual({ rows: 1, revenue: 30 });
    expect(s.sources.map((x: any) => [x.file, x.layout, x.rows])).toEqual([
      ['a-2010.csv', 'online_retail_ii', 11],
      ['b-2011.csv', 'online_retail', 11],
    ]);
  });

  it('monthly sales', () => {
    expect(rowsOf('monthly_sales.json').map((r) => [r.month, r.gross, r.returns, r.net, r.orders, r.customers, r.units_sold, r.units_returned])).toEqual([
      ['2010-11', 35, 0, 35, 2, 2, 20, 0],
      ['2010-12', 30, 5, 25, 1, 0, 3, 2],
      ['2011-01', 70.4, 0, 70.4, 1, 1, 26, 0],
      ['2011-02', 10, 10, 0, 1, 1, 7, 1],
    ]);
  });

  it('products: net, return rates, worst regular, declining', () => {
    expect(rowsOf('product_sales.json').map((r) => [r.stock_code, r.description, r.net, r.return_rate_units, r.return_rate_value])).toEqual([
      ['10001', 'RED MUG', 67.9, 0.0606, 0.0686],
      ['10003', 'GREEN VASE', 40, 0.2, 0.2],
      ['10002', 'BLUE BOWL', 22.5, 0, 0],
    ]);
    expect(rowsOf('products_worst_regular.json').map((r) => r.stock_code)).toEqual(['10002', '10003', '10001']);
    expect(rowsOf('products_declining.json')).toEqual([
      { rank: 1, stock_code: '10003', description: 'GREEN VASE', net_prior: 30, net_recent: 10, change: -20, change_pct: -0.6667 },
    ]);
    expect(rowsOf('products_highest_return_rate.json')).toEqual([]);
  });

  it('customers and customer types', () => {
    expect(rowsOf('customer_sales.json').map((r) => [r.customer_id, r.country, r.customer_type, r.net, r.return_rate_units, r.return_rate_value])).toEqual([
      ['20003', 'Germany', 'shop', 60.4, 0.0385, 0.142],
      ['20001', 'United Kingdom', 'shop', 35, 0.08, 0.125],
      ['20002', 'France', 'private', 5, 0, 0],
    ]);
    expect(rowsOf('customers_most_returns_by_count.json').map((r) => r.customer_id)).toEqual(['20003', '20001']);
    expect(rowsOf('customer_types.json')).toEqual([
      { customer_type: 'private', customers: 1, share_customers: 0.3333, net: 5, share_net: 0.0498, orders: 1, avg_order_value: 5, median_units_per_line: 2 },
      { customer_type: 'shop', customers: 2, share_customers: 0.6667, net: 95.4, share_net: 0.9502, orders: 3, avg_order_value: 36.8, median_units_per_line: 9.5 },
    ]);
  });

  it('countries and what each buys', () => {
    expect(rowsOf('country_sales.json').map((r) => [r.country, r.net, r.share_net, r.orders, r.avg_order_value])).toEqual([
      ['United Kingdom', 65, 0.4985, 3, 23.33],
      ['Germany', 60.4, 0.4632, 1, 70.4],
      ['France', 5, 0.0383, 1, 5],
    ]);
    expect(rowsOf('country_top_products.json').filter((r) => r.country === 'United Kingdom').map((r) => [r.stock_code, r.net])).toEqual([
      ['10003', 30],
      ['10002', 22.5],
      ['10001', 12.5],
    ]);
  });

  it('entity series: one product and one customer month by month', () => {
    const mug = rowsOf('product_monthly.json').filter((r) => r.stock_code === '10001');
    expect(mug.map((r) => [r.month, r.gross, r.returns, r.net, r.units_sold, r.units_returned, r.orders])).toEqual([
      ['2010-11', 20, 0, 20, 8, 0, 2],
      ['2010-12', 0, 5, -5, 0, 2, 0],
      ['2011-01', 50.4, 0, 50.4, 24, 0, 1],
      ['2011-02', 2.5, 0, 2.5, 1, 0, 1],
    ]);
    const c20001 = rowsOf('customer_monthly.json').filter((r) => r.customer_id === '20001');
    expect(c20001.map((r) => [r.month, r.net, r.units_sold, r.orders])).toEqual([
      ['2010-11', 30, 18, 1],
      ['2010-12', -5, 0, 0],
      ['2011-02', 10, 7, 1],
    ]);
  });

  it('entity details: countries, description variants, top products', () => {
    expect(rowsOf('product_countries.json').filter((r) => r.stock_code === '10001').map((r) => [r.country, r.net, r.share_net])).toEqual([
      ['Germany', 50.4, 0.7423],
      ['United Kingdom', 12.5, 0.1841],
      ['France', 5, 0.0736],
    ]);
    expect(rowsOf('product_descriptions.json').filter((r) => r.stock_code === '10001').map((r) => [r.description, r.lines, r.is_canonical])).toEqual([
      ['RED MUG', 4, true],
      ['RED MUGS', 1, false],
    ]);
    expect(rowsOf('customer_top_products.json').filter((r) => r.customer_id === '20001').map((r) => [r.stock_code, r.net, r.units_sold, r.orders])).toEqual([
      ['10002', 22.5, 18, 2],
      ['10001', 12.5, 7, 2],
    ]);
  });

  it('every byte matches the reviewed golden folder', () => {
    const result = compareWithGolden(report.dir, join(projectRoot, 'tests/golden/tiny'));
    expect(result.ok, result.message).toBe(true);
  });
});
