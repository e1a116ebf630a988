import { describe, expect, it } from 'vitest';
import { columnsForKind } from '../../src/components/table/columnsForKind.ts';
import { customerColumns, customerReturnCountColumns } from '../../src/components/table/customerColumns.ts';

describe('columnsForKind', () => {
  const labels = (columns: { label: string }[]) => columns.map((c) => c.label);
  it('leaves the shop columns as they are', () => {
    const columns = customerColumns('en');
    expect(columnsForKind({ kind: 'online_retail' }, 'en', columns)).toBe(columns);
    expect(columnsForKind({}, 'fr', columns)).toBe(columns);
  });
  it('speaks of states and canceled items on the marketplace, without the private/shop type, in each language', () => {
    expect(labels(columnsForKind({ kind: 'olist' }, 'en', customerColumns('en')))).toEqual(['#', 'Customer', 'State', 'Net revenue', 'Orders', 'Avg order', 'Returns']);
    expect(labels(columnsForKind({ kind: 'olist' }, 'en', customerReturnCountColumns('en')))).toEqual(
      ['#', 'Customer', 'State', 'Canceled items', 'Orders', 'Units returned', 'Value returned'],
    );
    expect(labels(columnsForKind({ kind: 'olist' }, 'fr', customerColumns('fr')))).toEqual(['#', 'Client', 'État', 'CA net', 'Commandes', 'Panier moyen', 'Retours']);
    expect(labels(columnsForKind({ kind: 'online_retail' }, 'fr', customerReturnCountColumns('fr')))).toEqual(
      ['#', 'Client', 'Pays', 'Lignes de retour', 'Commandes', 'Unités retournées', 'Valeur retournée'],
    );
  });
});
