import { describe, expect, it } from 'vitest';
import { rowsUsedFigure } from '../../src/report/overview.ts';

const bucket = (group: string, kind: 'kept' | 'excluded', rows: number) => ({ rule: `${group}_${kind}`, group, kind, rows, revenue: 0, description: { fr: '', en: '' }, examples: [] });
const S = '\u00a0';
const T = '\u202f';

describe('rowsUsedFigure(lang, quality, profile)', () => {
  const buckets = [bucket('orders', 'kept', 98), bucket('orders', 'excluded', 2), bucket('order_items', 'kept', 100), bucket('geolocation', 'excluded', 1000)];
  it('counts a marketplace’s rows over the tables it reads, the unused table apart', () => {
    expect(rowsUsedFigure('en', { rows_raw: 1200, rows_kept: 198, buckets }, { ledgerGroups: 'tables' })).toEqual({
      value: '198 of 200', detail: '99.0% of the rows of the tables read; not read: geolocation (1,000 rows)',
    });
    expect(rowsUsedFigure('fr', { rows_raw: 1200, rows_kept: 198, buckets }, { ledgerGroups: 'tables' })).toEqual({
      value: '198 sur 200', detail: `99,0${S}% des lignes des tables lues${S}; non lue${S}: geolocation (1${T}000${S}lignes)`,
    });
  });

  it('keeps the plain share for one table of sales lines, whatever its rule groups', () => {
    const shop = [bucket('kept', 'kept', 90), bucket('overlap', 'excluded', 10)];
    expect(rowsUsedFigure('en', { rows_raw: 100, rows_kept: 90, buckets: shop }, { ledgerGroups: 'rules' })).toEqual({ value: '90 of 100', detail: '90.0% of the raw rows' });
    expect(rowsUsedFigure('fr', { rows_raw: 1500, rows_kept: 1200, buckets: shop }, { ledgerGroups: 'rules' }))
      .toEqual({ value: `1${T}200 sur 1${T}500`, detail: `80,0${S}% des lignes brutes` });
  });
});
