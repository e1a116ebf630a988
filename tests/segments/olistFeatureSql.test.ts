// The Olist feature model on hand-made tables: what was known at each cutoff.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kindSpecs } from '../../pipeline/analytics/segments/featureSpecs.ts';
import { readFeatureSnapshots, type FeatureSnapshot } from '../../pipeline/analytics/segments/readFeatures.ts';
import { openDatabase, type Database } from '../../pipeline/engine/database.ts';

// customer, order, date, product, price, canceled
const items: [string, string, string, string, number, boolean][] = [
  ['X', 'o1', '2017-03-01', 'p1', 50, false],
  ['X', 'o1', '2017-03-01', 'p1', 50, false],
  ['X', 'o1', '2017-03-01', 'p2', 30, false],
  ['X', 'o2', '2017-04-01', 'p1', 40, true], // canceled: a sale row and a return row
  ['Y', 'o3', '2016-12-20', 'p1', 99, false], // before 2017: left out
  ['Y', 'o4', '2017-05-01', 'p2', 30, false],
];

let db: Database;
let snapshots: FeatureSnapshot[];
beforeAll(async () => {
  db = await openDatabase();
  await db.run(`create table int_sales_lines (customer_id varchar, invoice varchar, invoice_date date, stock_code varchar,
    is_return boolean, sale_amount decimal(18, 3), return_amount decimal(18, 3), sale_invoice varchar)`);
  for (const [customer, order, date, product, price, canceled] of items) {
    await db.run(`insert into int_sales_lines values ('${customer}', '${order}', '${date}', '${product}', false, ${price}, 0, '${order}')`);
    if (canceled) await db.run(`insert into int_sales_lines values ('${customer}', '${order}', '${date}', '${product}', true, 0, ${price}, null)`);
  }
  await db.run(`create table int_customers as select * from (values ('X', 'RJ'), ('Y', 'SP')) t(customer_id, country)`);
  await db.run(`create table stg_olist_products as select * from (values ('p1', 'toys'), ('p2', 'books')) t(product_id, category)`);
  await db.run(`create table stg_olist_orders as select order_id, delivered::timestamp as delivered_at, estimated::timestamp as estimated_delivery_at
    from (values ('o1', '2017-03-10', '2017-03-15'), ('o2', null, '2017-04-20'), ('o4', '2017-05-20', '2017-05-10')) t(order_id, delivered, estimated)`);
  await db.run(`create table stg_olist_order_reviews as select order_id, score as review_score, created::timestamp as created_at
    from (values ('o1', 1, '2017-03-12'), ('o2', 5, '2017-04-05'), ('o4', 2, '2017-05-25')) t(order_id, score, created)`);
  snapshots = await readFeatureSnapshots(db, kindSpecs.olist!, ['2017-03-11', '2017-04-30', '2017-06-01']);
});
afterAll(() => db.close());

const row = (snapshot: FeatureSnapshot, id: string) => {
  const i = snapshot.customerIds.indexOf(id);
  return Object.fromEntries(Object.entries(snapshot.columns).map(([k, v]) => [k, v[i]]));
};

describe('int_segment_features_olist', () => {
  it('knows the delivery on 10 March but not the review written on 12 March', () => {
    const [march] = snapshots;
    expect(march!.customerIds).toEqual(['X']);
    // 2 × 50 + 30 = 130; delivered 5 days before the promise; toys and books.
    expect(row(march!, 'X')).toEqual({ recency_days: 10, orders: 1, net: 130, bad_review_share: 0, delivery_delay_days: -5, categories: 2, is_sao_paulo: 0 });
  });

  it('nets out a canceled order and counts one bad review in two', () => {
    const [, april] = snapshots;
    expect(row(april!, 'X')).toEqual({ recency_days: 29, orders: 2, net: 130, bad_review_share: 0.5, delivery_delay_days: -5, categories: 2, is_sao_paulo: 0 });
  });

  it('leaves out orders before 2017 and flags São Paulo', () => {
    const [, , june] = snapshots;
    expect(june!.customerIds).toEqual(['X', 'Y']);
    expect(row(june!, 'Y')).toEqual({ recency_days: 31, orders: 1, net: 30, bad_review_share: 1, delivery_delay_days: 10, categories: 1, is_sao_paulo: 1 });
  });
});
