// Order-entry reversals and the stock-code case fold, on a fixture worked out by hand in
// tests/fixtures/reversals/README.md.
import { beforeAll, describe, expect, it } from 'vitest';
import { buildReport, datasetOf, type BuiltReport } from '../helpers/buildReport.ts';

let report: BuiltReport;
beforeAll(async () => {
  report = await buildReport(datasetOf('reversals', 'tests/fixtures/reversals'));
});

const buckets = () => report.json('quality.json').buckets as any[];
const lines = (rule: string) => buckets().find((b) => b.rule === rule).examples.map((e: any) => e.line);

describe('reversals fixture, figures computed by hand', () => {
  it('puts every line in its bucket', () => {
    const counts = Object.fromEntries(buckets().filter((b) => b.rows > 0).map((b) => [b.rule, [b.rows, b.revenue]]));
    expect(counts).toEqual({
      non_product_manual: [1, 5],
      reversed_sale: [3, 2105.3],
      reversed_cancellation: [3, -2105.3],
      kept_code_case_folded: [1, 5.1],
      kept_return_line: [4, -50.4],
      kept_sale_line: [5, 81.6],
    });
    const quality = report.json('quality.json');
    expect([quality.rows_raw, quality.rows_kept, quality.rows_excluded]).toEqual([17, 10, 7]);
  });

  it('pairs each cancellation with the latest sale before it, one to one, within 60 minutes', () => {
    expect(lines('reversed_sale')).toEqual([2, 4, 9]);
    expect(lines('reversed_cancellation')).toEqual([5, 10, 16]);
    expect(lines('kept_return_line')).toEqual([7, 11, 13, 15]);
  });

  it('shows the stock code as the file writes it in the examples', () => {
    const folded = buckets().find((b) => b.rule === 'kept_code_case_folded').examples;
    expect(folded.map((e: any) => [e.line, e.stock_code])).toEqual([[3, '85123a']]);
  });

  it('counts a lower-case code under the upper-case one', () => {
    const s = report.json('summary.json');
    expect(s.revenue).toEqual({ gross: 86.7, returns: 50.4, net: 36.3 });
    expect(s.products).toBe(5);
    const products = report.json('product_sales.json').rows as any[];
    expect(products.map((r) => r.stock_code).sort()).toEqual(['22111', '22222', '22333', '22444', '85123A']);
    const heart = products.find((r) => r.stock_code === '85123A');
    expect([heart.gross, heart.net, heart.units_sold, heart.units_returned]).toEqual([35.7, 35.7, 14, 0]);
  });

  it('marks the month cut by the period as not complete', () => {
    expect((report.json('monthly_sales.json').rows as any[]).map((r) => [r.month, r.complete])).toEqual([['2011-03', false]]);
  });
});
