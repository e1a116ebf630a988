import { describe, expect, it } from 'vitest';
import { orderModels, tablesRead } from '../../pipeline/engine/modelOrder.ts';

describe('tablesRead(sql)', () => {
  it('names the tables after from and join, not the CTEs, comments or strings', () => {
    const sql = `-- reads from the ledger (a comment: not a table)
with lines as (select * from int_sales_lines), totals as (select 1 from lines)
select * from totals join int_customers using (customer_id) where note = 'from fake'`;
    expect(tablesRead(sql)).toEqual(['int_customers', 'int_sales_lines']);
  });
});

describe('orderModels(models, sqlOf)', () => {
  const sql: Record<string, string> = {
    'a/int_rows': 'select * from int_stats',
    'a/int_stats': 'with s as (select * from int_lines) select * from s join int_items using (k)',
    'b/int_lines': 'select * from ledger_lines',
    'b/int_items': 'select * from int_lines',
  };
  it('runs each model after the ones it reads, tables outside the set taken as given', () => {
    expect(orderModels(Object.keys(sql), (m) => sql[m]!)).toEqual(['b/int_lines', 'b/int_items', 'a/int_stats', 'a/int_rows']);
  });

  it('refuses a circle, naming it', () => {
    const loop: Record<string, string> = { x: 'select * from y', y: 'select * from x' };
    expect(() => orderModels(['x', 'y'], (m) => loop[m]!)).toThrow('SQL models read each other in a circle: x → y → x');
  });
});
