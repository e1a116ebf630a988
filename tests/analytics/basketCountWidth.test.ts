// The basket measures multiply counts (pair baskets × all baskets, and the two counts of lift's
// denominator). The counts are INTEGER columns, so at 16× the real data DuckDB stopped on
// "Overflow in multiplication of INT32 (5472 * 632256)". Here the models are hand-made tables
// with counts of that size, and the rule SQL must give the exact lift.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../pipeline/engine/database.ts';
import { fillTemplate, readSql } from '../../pipeline/engine/sqlFiles.ts';

let db: Database;
const BASKETS = 632_256;
// Pair {A, B} in 5,472 baskets, {A, C} and {B, C} in 50,000; A in 60,000, B in 50,000, C in
// 40,000: 5,472 × 632,256 ≈ 3.5e9, 60,000 × 50,000 = 3e9 and 50,000 × 60,000 pass INT32
// (2,147,483,647). The triple {A, B, C} is counted from 5,000 real baskets.
const [WITH_A, WITH_B, WITH_C, WITH_AB, WITH_AC_BC, WITH_ABC] = [60_000, 50_000, 40_000, 5_472, 50_000, 5_000];

beforeAll(async () => {
  db = await openDatabase();
  await db.run(`create table int_basket_scopes as select 0::integer as scope_id, null::varchar as country, ${BASKETS}::integer as baskets, 1::integer as min_baskets`);
  await db.run(`create table int_basket_scope_items as
    select scope_id::integer as scope_id, item_id::integer as item_id, n::integer as baskets_with_item, true as is_frequent, frequent_rank::smallint as frequent_rank
    from (values (0, 1, ${WITH_A}, 0), (0, 2, ${WITH_B}, 1), (0, 3, ${WITH_C}, 2)) as t(scope_id, item_id, n, frequent_rank)`);
  await db.run(`create table int_basket_pairs as
    select scope_id::integer as scope_id, item_a::integer as item_a, item_b::integer as item_b, n::integer as baskets_with_both
    from (values (0, 1, 2, ${WITH_AB}), (0, 1, 3, ${WITH_AC_BC}), (0, 2, 3, ${WITH_AC_BC})) as t(scope_id, item_a, item_b, n)`);
  await db.run(`create table int_basket_items as
    select basket.range::integer as basket_id, item_id::integer as item_id, code::varchar as stock_code, 'UK'::varchar as country
    from range(${WITH_ABC}) as basket cross join (values (1, 'A'), (2, 'B'), (3, 'C')) as t(item_id, code)`);
  await db.run(`create table int_products as select code::varchar as stock_code, ('PRODUCT ' || code)::varchar as description from (values ('A'), ('B'), ('C')) as t(code)`);
});
afterAll(() => db.close());

describe('basket counts are multiplied in BIGINT', () => {
  it('int_basket_pair_rules: lift of A → B with counts whose products pass 2^31', async () => {
    const sql = fillTemplate(readSql('baskets/int_basket_pair_rules.sql'), { min_confidence: '0.05' });
    const rows = await db.all<{ antecedent_code: string; consequent_code: string; lift: number }>(
      `select antecedent_code, consequent_code, lift from (${sql}) where antecedent_code = 'A' and consequent_code = 'B'`,
    );
    // 5,472 × 632,256 / (60,000 × 50,000) = 3,459,704,832 / 3,000,000,000
    expect(rows).toEqual([{ antecedent_code: 'A', consequent_code: 'B', lift: 1.153234944 }]);
  });

  it('basket_triples: lift of each rule of {A, B, C}, denominators past 2^31', async () => {
    const sql = fillTemplate(readSql('metrics/basket_triples.sql'), { min_confidence: '0' });
    const rows = await db.all<{ antecedent_a_code: string; antecedent_b_code: string; consequent_code: string; baskets_with_all: number; lift: number }>(sql);
    // 5,000 × 632,256 = 3,161,280,000 over {A, B} → C: 5,472 × 40,000; {A, C} → B: 50,000 × 50,000; {B, C} → A: 50,000 × 60,000
    expect(rows.map((r) => [r.antecedent_a_code, r.antecedent_b_code, r.consequent_code, r.baskets_with_all, r.lift])).toEqual([
      ['A', 'B', 'C', WITH_ABC, 14.443],
      ['A', 'C', 'B', WITH_ABC, 1.2645],
      ['B', 'C', 'A', WITH_ABC, 1.0538],
    ]);
  });
});
