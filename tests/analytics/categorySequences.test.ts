// category_sequences.sql on five hand-made customers; the figures are worked out in the comments.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../pipeline/engine/database.ts';
import { buildMetric } from '../../pipeline/report/buildMetrics.ts';

let db: Database;
// Item 1 = toys, 2 = garden. Last day 2020-03-31, 1 test month: training up to 2020-02-29.
const baskets = [
  ['x', 1, '2020-01-01'], ['x', 1, '2020-01-10'], ['x', 1, '2020-03-05'],
  ['y', 1, '2020-01-01'], ['y', 2, '2020-01-05'],
  ['v', 2, '2020-01-03'], ['v', 2, '2020-01-04'],
  ['u', 1, '2020-01-06'], ['u', 1, '2020-01-07'],
  ['z', 2, '2020-01-02'], ['z', 1, '2020-03-31'],
] as const;

beforeAll(async () => {
  db = await openDatabase();
  const values = baskets.map(([c, item, day], i) => `(${i + 1}, ${item}, '${c}', '${day}')`).join(', ');
  await db.run(`create table int_basket_items as
    select basket_id::integer as basket_id, item_id::integer as item_id, 'i' || basket_id as invoice, 's' || item_id as stock_code,
           'SP' as country, customer_id::varchar as customer_id, invoice_date::date as invoice_date
    from (values ${values}) as t(basket_id, item_id, customer_id, invoice_date)`);
  await db.run(`create table int_basket_item_categories as select * from (values (1, 'toys'), (2, 'garden')) as t(item_id, category)`);
});
afterAll(() => db.close());

describe('category_sequences', () => {
  it('finds A → B rules before the split and checks them after it', async () => {
    const metric = await buildMetric(db, 'd', 'baskets/category_sequences', { sequence_test_months: 1, min_sequence_customers: 1 });
    // Training repeaters x, y, v, u (z bought once). With toys before a later day: x, y, u (3); with garden: v (1).
    // Later toys: x, u (2 of 4 = 0.5); later garden: y, v (0.5).
    // garden → garden: v, 1 of 1, lift 1 ÷ 0.5 = 2; toys → toys: x, u, 2 of 3 ÷ 0.5 = 1.3333;
    // toys → garden: y, 1 of 3 ÷ 0.5 = 0.67, below 1: left out.
    // Test customers (bought on both sides): x (toys before), z (garden before); both buy toys after (base 1, garden 0).
    expect(metric.rows).toEqual([
      {
        rank: 1, antecedent: 'garden', consequent: 'garden', train_repeat_customers: 4, train_customers_with_antecedent: 1, train_customers_then_consequent: 1,
        train_confidence: 1, train_base_rate: 0.5, train_lift: 2, test_customers: 2, test_customers_with_antecedent: 1, test_customers_then_consequent: 0,
        test_confidence: 0, test_base_rate: 0, test_lift: null, train_until: '2020-02-29', test_from: '2020-03-01', test_to: '2020-03-31',
      },
      {
        rank: 2, antecedent: 'toys', consequent: 'toys', train_repeat_customers: 4, train_customers_with_antecedent: 3, train_customers_then_consequent: 2,
        train_confidence: 0.6667, train_base_rate: 0.5, train_lift: 1.3333, test_customers: 2, test_customers_with_antecedent: 1, test_customers_then_consequent: 1,
        test_confidence: 1, test_base_rate: 1, test_lift: 1, train_until: '2020-02-29', test_from: '2020-03-01', test_to: '2020-03-31',
      },
    ]);
    expect(metric.params).toEqual({ sequence_test_months: 1, min_sequence_customers: 1 });
  });
});
