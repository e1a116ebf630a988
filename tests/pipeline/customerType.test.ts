// Private vs shop, on a fixture where each customer exercises one branch of the rule:
// shop = median units per sale line ≥ 6, or average order value ≥ £500.
import { describe, expect, it } from 'vitest';
import { buildReport, datasetOf } from '../helpers/buildReport.ts';

describe('customer_type rule', () => {
  it('classifies by trade-pack quantities or by order value', async () => {
    const report = await buildReport(datasetOf('types', 'tests/fixtures/customer-types'));
    const rows = report.json('customer_sales.json').rows as { customer_id: string; customer_type: string; median_units_per_line: number; avg_order_value: number }[];
    const byId = Object.fromEntries(rows.map((r) => [r.customer_id, [r.customer_type, r.median_units_per_line, r.avg_order_value]]));
    expect(byId).toEqual({
      '30001': ['shop', 1, 600], // 1 unit per line, but one £600 order
      '30002': ['private', 1.5, 30], // median of [1, 2]; one £30 order
      '30003': ['shop', 6, 6], // a trade pack of 6
      '30004': ['shop', 6, 6], // median of [5, 7] = 6; two £5 / £7 orders → avg 6
    });
  });
});
