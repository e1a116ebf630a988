import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../pipeline/engine/database.ts';
import { readStockFile } from '../../pipeline/stock/readStockFile.ts';
import { findStockFile } from '../../pipeline/stock/findStockFile.ts';
import { nodeEffects, silentLogger } from '../../pipeline/effects.ts';

// Products 10001 and 10002 exist. Line 2 kept (lower-case code matched), 3 unknown, 4 invalid
// (on hand "1.5"), 5 a repeat of 10001, 6 kept with only the required fields, 7 no code.
const CSV = `Stock Code,Units On Hand,On Order,Lead time (weeks),Unit cost
10001a,12,3,6,1.25
99999,4,,,
10002,1.5,,,
10001A,7,0,4,
10002,0,,,
,5,,,
`;

describe('readStockFile(db, path)', () => {
  it('puts every row in one bucket and keeps the first row of a code', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vitrine-stock-test-'));
    const path = join(dir, 'stock', 'snapshot.csv');
    (await import('node:fs')).mkdirSync(join(dir, 'stock'));
    writeFileSync(path, CSV);
    expect(await findStockFile([dir], undefined, nodeEffects(silentLogger))).toBe(path);
    const db = await openDatabase();
    try {
      await db.run(`create table int_products as select * from (values ('10001A', 'MUG'), ('10002', 'BOWL')) v(stock_code, description)`);
      const read = await readStockFile(db, path);
      expect(read.rows.map((r) => [r.line, r.bucket])).toEqual([[2, 'kept'], [3, 'unknown_code'], [4, 'invalid_value'], [5, 'duplicate_code'], [6, 'kept'], [7, 'invalid_value']]);
      expect(Object.fromEntries(read.levels)).toEqual({
        '10001A': { onHand: 12, onOrder: 3, leadTimeWeeks: 6, unitCost: 1.25 },
        '10002': { onHand: 0, onOrder: 0, leadTimeWeeks: null, unitCost: null },
      });
    } finally {
      db.close();
    }
  });
});
