import { describe, expect, it } from 'vitest';
import { columnsForKind } from '../../src/components/table/columnsForKind.ts';
import { customerColumns, customerReturnCountColumns } from '../../src/components/table/customerColumns.ts';

describe('columnsForKind', () => {
  const labels = (columns: { label: string }[]) => columns.map((c) => c.label);
  it('leaves the shop columns as they are', () => {
    expect(columnsForKind({ kind: 'online_retail' }, customerColumns)).toBe(customerColumns);
    expect(columnsForKind({}, customerColumns)).toBe(customerColumns);
  });
  it('speaks of states and canceled items on the marketplace, without the private/shop type', () => {
    expect(labels(columnsForKind({ kind: 'olist' }, customerColumns))).toEqual(['#', 'Customer', 'State', 'Net revenue', 'Orders', 'Avg order', 'Returns']);
    expect(labels(columnsForKind({ kind: 'olist' }, customerReturnCountColumns))).toEqual(
      ['#', 'Customer', 'State', 'Canceled items', 'Orders', 'Units returned', 'Value returned'],
    );
  });
});
