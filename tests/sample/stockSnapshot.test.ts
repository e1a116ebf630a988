import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sampleStockCsv } from '../../pipeline/sample/stock/generateStockSnapshot.ts';
import { hashOf, snapshotRows } from '../../pipeline/sample/stock/stockSnapshot.ts';

describe('the sample stock snapshot', () => {
  it('matches the committed data/sample/stock/stock-snapshot.csv (rerun generateStockSnapshot.ts if not)', () => {
    expect(sampleStockCsv()).toBe(readFileSync('data/sample/stock/stock-snapshot.csv', 'utf8'));
  });
  it('follows the stated rule: weeks of cover, on order, lead time and cost from a hash of the code', () => {
    // 16 units in 8 weeks = 2 a week; the code's hash picks the weeks of cover, on order and lead time.
    const h = hashOf('A');
    const [row] = snapshotRows([{ stockCode: 'A', unitsLast8Weeks: 16, unitPrice: 2.5 }]);
    expect(row).toEqual(['A', String(2 * [0, 1, 2, 4, 8, 12, 26, 52][h % 8]!), (h >>> 8) % 4 === 0 ? '8' : '0', String([2, 4, 6, 8][(h >>> 12) % 4]), '1.50']);
  });
});
