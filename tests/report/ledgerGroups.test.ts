import { describe, expect, it } from 'vitest';
import { exampleColumns, groupBuckets } from '../../src/report/ledgerGroups.ts';

describe('groupBuckets', () => {
  it('groups in order of first appearance and adds up rows by kind and revenue', () => {
    const buckets = [
      { rule: 'order_without_items', group: 'orders', kind: 'excluded' as const, rows: 775, revenue: 0 },
      { rule: 'kept_order', group: 'orders', kind: 'kept' as const, rows: 98_666, revenue: 0 },
      { rule: 'kept_sale_item', group: 'order_items', kind: 'kept' as const, rows: 10, revenue: 120.5 },
      { rule: 'late_order', group: 'orders', kind: 'kept' as const, rows: 1, revenue: 0 },
    ];
    const groups = groupBuckets(buckets);
    expect(groups.map((g) => [g.group, g.rows, g.kept, g.excluded, g.revenue, g.buckets.map((b) => b.rule)])).toEqual([
      ['orders', 99_442, 98_667, 775, 0, ['order_without_items', 'kept_order', 'late_order']],
      ['order_items', 10, 10, 0, 120.5, ['kept_sale_item']],
    ]);
  });
});

describe('exampleColumns', () => {
  it('lists the raw columns in header order, none for sales-line examples', () => {
    expect(exampleColumns([{ values: { order_id: 'a', order_status: null } }, { values: { order_id: 'b', extra: 'x' } }])).toEqual(['order_id', 'order_status', 'extra']);
    expect(exampleColumns([{}, {}])).toEqual([]);
  });
});
