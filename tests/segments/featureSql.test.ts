// The Online Retail feature model on hand-made lines, at several cutoffs in one query.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../pipeline/engine/database.ts';
import { kindSpecs } from '../../pipeline/analytics/segments/featureSpecs.ts';
import { readFeatureSnapshots, type FeatureSnapshot } from '../../pipeline/analytics/segments/readFeatures.ts';

// customer, date, invoice, quantity, amount (negative = return line)
const lines: [string, string, string, number, number][] = [
  ['A', '2011-01-03', '1', 6, 15], // A: two packs of 6+ and one single
  ['A', '2011-01-03', '1', 12, 15],
  ['A', '2011-01-10', '2', 1, 2.5],
  ['A', '2011-01-20', 'C3', -2, -5], // a return of 5.00
  ['B', '2011-01-05', '4', 5, 20], // B: lines of 5 and 6 → median 5.5, below a pack
  ['B', '2011-01-05', '4', 6, 30],
  ['C', '2011-01-07', '5', 1, 600], // C: one £600 order → a shop by order value
  ['D', '2011-01-08', 'C6', -1, -10], // D: a return only → never a customer with a sale
];

let db: Database;
let snapshots: FeatureSnapshot[];
beforeAll(async () => {
  db = await openDatabase();
  await db.run(`create table int_sales_lines (customer_id varchar, invoice_date date, sale_invoice varchar, is_return boolean,
    quantity integer, sale_amount decimal(18, 3), return_amount decimal(18, 3))`);
  for (const [customer, date, invoice, quantity, amount] of lines) {
    const sale = amount > 0;
    await db.run(`insert into int_sales_lines values ('${customer}', '${date}', ${sale ? `'${invoice}'` : 'null'}, ${!sale}, ${quantity}, ${sale ? amount : 0}, ${sale ? 0 : -amount})`);
  }
  snapshots = await readFeatureSnapshots(db, kindSpecs.online_retail!, ['2011-01-04', '2011-01-31', '2010-12-01']);
});
afterAll(() => db.close());

const row = (snapshot: FeatureSnapshot, id: string) => {
  const i = snapshot.customerIds.indexOf(id);
  return Object.fromEntries(Object.entries(snapshot.columns).map(([k, v]) => [k, v[i]]));
};

describe('int_segment_features_online_retail', () => {
  it('uses only the lines up to each cutoff', () => {
    const [early] = snapshots;
    expect(early!.customerIds).toEqual(['A']);
    expect(row(early!, 'A')).toEqual({ recency_days: 1, orders: 1, net: 30, return_rate: 0, is_shop: 1 });
  });

  it('computes recency, orders, net, return rate and the shop rule at the cutoff', () => {
    const [, late] = snapshots;
    expect(late!.customerIds).toEqual(['A', 'B', 'C']);
    // A: last sale 10 Jan; 2 orders; 32.50 − 5 = 27.50 net; 5 ÷ 32.50 returned; median of [1, 6, 12] = 6 → shop.
    expect(row(late!, 'A')).toEqual({ recency_days: 21, orders: 2, net: 27.5, return_rate: 0.1538, is_shop: 1 });
    // B: median of [5, 6] = 5.5 < 6 and £50 per order → private.
    expect(row(late!, 'B')).toEqual({ recency_days: 26, orders: 1, net: 50, return_rate: 0, is_shop: 0 });
    // C: £600 in one order → shop.
    expect(row(late!, 'C')).toMatchObject({ recency_days: 24, is_shop: 1 });
  });

  it('reads a fixed hash-sample of customers when asked, then restores the search path', async () => {
    const [sampled] = await readFeatureSnapshots(db, kindSpecs.online_retail!, ['2011-01-31'], 0.5);
    const [again] = await readFeatureSnapshots(db, kindSpecs.online_retail!, ['2011-01-31'], 0.5);
    expect(sampled!.customerIds.every((id) => ['A', 'B', 'C'].includes(id))).toBe(true);
    expect(again!.customerIds).toEqual(sampled!.customerIds);
    const [{ n }] = (await db.all<{ n: number }>('select count(*)::integer as n from int_sales_lines')) as [{ n: number }];
    expect(n).toBe(lines.length);
  });

  it('returns an empty snapshot for a date before any sale', () => {
    expect(snapshots[2]).toMatchObject({ asOf: '2010-12-01', customerIds: [] });
  });
});
