import { describe, expect, it } from 'vitest';
import { bucketMismatches, keptShareTakeaway, reconciliationLine } from '../../src/report/ledgerChecks.ts';
import { formatterFor } from '../../src/format/formatter.ts';

const formatRate = formatterFor('en-GB').percent;

const buckets = [
  { rule: 'sale', kind: 'kept' as const, rows: 1_000_000 },
  { rule: 'return', kind: 'kept' as const, rows: 20_000 },
  { rule: 'duplicate_line', kind: 'excluded' as const, rows: 40_000 },
  { rule: 'zero_price', kind: 'excluded' as const, rows: 7_370 },
];
const ledger = { rows_raw: 1_067_370, rows_kept: 1_020_000, rows_excluded: 47_370, buckets };

describe('reconciliationLine', () => {
  it('writes the sum when it balances', () => {
    expect(reconciliationLine('en', ledger)).toEqual({ balanced: true, text: 'rows_raw = kept + excluded: 1,067,370 = 1,020,000 + 47,370' });
  });
  it('shows the gap when rows are missing', () => {
    expect(reconciliationLine('en', { rows_raw: 100, rows_kept: 90, rows_excluded: 5 })).toEqual({
      balanced: false,
      text: 'rows_raw ≠ kept + excluded: 100 ≠ 90 + 5 (5 rows unaccounted for)',
    });
  });
  it('shows the gap when rows are counted twice', () => {
    expect(reconciliationLine('en', { rows_raw: 100, rows_kept: 90, rows_excluded: 12 }).text).toBe(
      'rows_raw ≠ kept + excluded: 100 ≠ 90 + 12 (2 rows counted twice)',
    );
  });
});

describe('bucketMismatches', () => {
  it('is empty when buckets add up', () => {
    expect(bucketMismatches('en', ledger)).toEqual([]);
  });
  it('names the side that does not add up', () => {
    expect(bucketMismatches('en', { ...ledger, rows_kept: 1_020_001 })).toEqual(['Kept buckets add up to 1,020,000 rows, not 1,020,001.']);
  });
});

describe('keptShareTakeaway', () => {
  it('gives the kept share and the largest exclusion', () => {
    expect(keptShareTakeaway('en', ledger)).toBe(`95.6% of the 1,067,370 raw rows are kept; the largest exclusion is “duplicate_line” (40,000 rows).`);
  });
  it('says apart a table the report does not read (a multi-table export)', () => {
    const buckets = [
      { rule: 'kept_order', kind: 'kept' as const, group: 'orders', rows: 98 },
      { rule: 'order_without_items', kind: 'excluded' as const, group: 'orders', rows: 2 },
      { rule: 'geolocation_not_used', kind: 'excluded' as const, group: 'geolocation', rows: 1000 },
    ];
    expect(keptShareTakeaway('en', { rows_raw: 1100, rows_kept: 98, rows_excluded: 1002, buckets }, true))
      .toBe(`${formatRate(0.98)} of the 100 rows of the tables the report reads are kept (geolocation, 1,000 rows, is not read); the largest exclusion is “order_without_items” (2 rows).`);
  });
  it('says when nothing was excluded', () => {
    expect(keptShareTakeaway('en', { rows_raw: 10, rows_kept: 10, rows_excluded: 0, buckets: [{ rule: 'sale', kind: 'kept', rows: 10 }] }))
      .toBe(`100.0% of the 10 raw rows are kept; nothing was excluded.`);
  });
});

// French, worked out by hand: thousands with a narrow no-break space (U+202F), a decimal comma,
// « » quotes, a no-break space before ; and :, and French plurals (0 and 1 are singular).
describe('in French', () => {
  const nb = '\u202f';
  it('reconciles the rows', () => {
    expect(reconciliationLine('fr', ledger).text).toBe(`lignes brutes = conservées + exclues\u00a0: 1${nb}067${nb}370 = 1${nb}020${nb}000 + 47${nb}370`);
    expect(reconciliationLine('fr', { rows_raw: 100, rows_kept: 90, rows_excluded: 9 }).text).toBe('lignes brutes ≠ conservées + exclues\u00a0: 100 ≠ 90 + 9 (1\u00a0ligne non comptée)');
    expect(reconciliationLine('fr', { rows_raw: 100, rows_kept: 90, rows_excluded: 12 }).text).toBe('lignes brutes ≠ conservées + exclues\u00a0: 100 ≠ 90 + 12 (2\u00a0lignes comptées deux fois)');
  });
  it('names the side that does not add up', () => {
    expect(bucketMismatches('fr', { ...ledger, rows_excluded: 47_371 })).toEqual([`Les groupes exclus totalisent 47${nb}370\u00a0lignes, et non 47${nb}371.`]);
  });
  it('gives the kept share and the largest exclusion', () => {
    expect(keptShareTakeaway('fr', ledger)).toBe(`95,6\u00a0% des 1${nb}067${nb}370\u00a0lignes brutes sont conservées\u00a0; la principale exclusion est «\u00a0duplicate_line\u00a0» (40${nb}000\u00a0lignes).`);
    expect(keptShareTakeaway('fr', { rows_raw: 1, rows_kept: 1, rows_excluded: 0, buckets: [{ rule: 'sale', kind: 'kept', rows: 1 }] }))
      .toBe('100,0\u00a0% de l’unique ligne brute est conservée\u00a0; rien n’a été exclu.');
    const tables = [
      { rule: 'kept_order', kind: 'kept' as const, group: 'orders', rows: 98 },
      { rule: 'order_without_items', kind: 'excluded' as const, group: 'orders', rows: 2 },
      { rule: 'geolocation_not_used', kind: 'excluded' as const, group: 'geolocation', rows: 1000 },
    ];
    expect(keptShareTakeaway('fr', { rows_raw: 1100, rows_kept: 98, rows_excluded: 1002, buckets: tables }, true)).toBe(
      `98,0\u00a0% des 100\u00a0lignes des tables que lit le rapport sont conservées (la table geolocation, de 1${nb}000\u00a0lignes, n’est pas lue)\u00a0; ` +
      'la principale exclusion est «\u00a0order_without_items\u00a0» (2\u00a0lignes).',
    );
    expect(keptShareTakeaway('fr', { rows_raw: 0, rows_kept: 0, rows_excluded: 0, buckets: [] })).toBe('Les sources ne contiennent aucune ligne.');
  });
});
