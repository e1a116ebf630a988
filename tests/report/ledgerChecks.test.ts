import { describe, expect, it } from 'vitest';
import { bucketMismatches, keptShareTakeaway, reconciliationLine } from '../../src/report/ledgerChecks.ts';
import { formatRate } from '../../src/report/format.ts';

const buckets = [
  { rule: 'sale', kind: 'kept' as const, rows: 1_000_000 },
  { rule: 'return', kind: 'kept' as const, rows: 20_000 },
  { rule: 'duplicate_line', kind: 'excluded' as const, rows: 40_000 },
  { rule: 'zero_price', kind: 'excluded' as const, rows: 7_370 },
];
const ledger = { rows_raw: 1_067_370, rows_kept: 1_020_000, rows_excluded: 47_370, buckets };

describe('reconciliationLine', () => {
  it('writes the sum when it balances', () => {
    expect(reconciliationLine(ledger)).toEqual({ balanced: true, text: 'rows_raw = kept + excluded: 1,067,370 = 1,020,000 + 47,370' });
  });
  it('shows the gap when rows are missing', () => {
    expect(reconciliationLine({ rows_raw: 100, rows_kept: 90, rows_excluded: 5 })).toEqual({
      balanced: false,
      text: 'rows_raw ≠ kept + excluded: 100 ≠ 90 + 5 (5 rows unaccounted for)',
    });
  });
  it('shows the gap when rows are counted twice', () => {
    expect(reconciliationLine({ rows_raw: 100, rows_kept: 90, rows_excluded: 12 }).text).toBe(
      'rows_raw ≠ kept + excluded: 100 ≠ 90 + 12 (2 rows counted twice)',
    );
  });
});

describe('bucketMismatches', () => {
  it('is empty when buckets add up', () => {
    expect(bucketMismatches(ledger)).toEqual([]);
  });
  it('names the side that does not add up', () => {
    expect(bucketMismatches({ ...ledger, rows_kept: 1_020_001 })).toEqual(['Kept buckets add up to 1,020,000 rows, not 1,020,001.']);
  });
});

describe('keptShareTakeaway', () => {
  it('gives the kept share and the largest exclusion', () => {
    expect(keptShareTakeaway(ledger)).toBe(`95.6% of the 1,067,370 raw rows are kept; the largest exclusion is “duplicate_line” (40,000 rows).`);
  });
  it('says apart a table the report does not read (a multi-table export)', () => {
    const buckets = [
      { rule: 'kept_order', kind: 'kept' as const, group: 'orders', rows: 98 },
      { rule: 'order_without_items', kind: 'excluded' as const, group: 'orders', rows: 2 },
      { rule: 'geolocation_not_used', kind: 'excluded' as const, group: 'geolocation', rows: 1000 },
    ];
    expect(keptShareTakeaway({ rows_raw: 1100, rows_kept: 98, rows_excluded: 1002, buckets }, true))
      .toBe(`${formatRate(0.98)} of the 100 rows of the tables the report reads are kept (geolocation, 1,000 rows, is not read); the largest exclusion is “order_without_items” (2 rows).`);
  });
  it('says when nothing was excluded', () => {
    expect(keptShareTakeaway({ rows_raw: 10, rows_kept: 10, rows_excluded: 0, buckets: [{ rule: 'sale', kind: 'kept', rows: 10 }] }))
      .toBe(`100.0% of the 10 raw rows are kept; nothing was excluded.`);
  });
});
