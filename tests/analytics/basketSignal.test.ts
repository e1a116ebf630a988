// basket_signal.sql on four hand-made baskets (int_basket_items written directly).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../pipeline/engine/database.ts';
import { buildMetric } from '../../pipeline/report/buildMetrics.ts';

let db: Database;
beforeAll(async () => {
  db = await openDatabase();
  // basket, item, customer, date: b1 = 2 products, b2 = 1, b3 = 1, b4 = 3 (no customer)
  await db.run(`create table int_basket_items as
    select basket_id::integer as basket_id, item_id::integer as item_id, 'i' || basket_id as invoice, 's' || item_id as stock_code,
           'SP' as country, customer_id::varchar as customer_id, invoice_date::date as invoice_date
    from (values (1, 1, 'c1', '2020-01-01'), (1, 2, 'c1', '2020-01-01'), (2, 1, 'c1', '2020-01-02'), (3, 3, 'c2', '2020-01-01'),
                 (4, 1, null, '2020-01-01'), (4, 2, null, '2020-01-01'), (4, 3, null, '2020-01-01')) as t(basket_id, item_id, customer_id, invoice_date)`);
});
afterAll(() => db.close());

describe('basket_signal', () => {
  it('counts baskets with 2+ products and customers with 2+ days', async () => {
    // sizes 2, 1, 1, 3: two with 2+ (½), median 1.5; c1 bought on 2 days, c2 on 1: ½
    expect((await buildMetric(db, 'd', 'baskets/basket_signal')).rows).toEqual([
      { baskets: 4, baskets_with_2_plus_products: 2, share_with_2_plus_products: 0.5, median_products_per_basket: 1.5, customers: 2, customers_with_2_plus_days: 1, share_with_2_plus_days: 0.5 },
    ]);
  });
});
