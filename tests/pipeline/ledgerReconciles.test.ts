// The pipeline itself refuses to publish when raw rows ≠ Σ ledger buckets.
import { describe, expect, it } from 'vitest';
import { prepareDatabase } from '../../pipeline/buildDatasetReport.ts';
import { nodeEffects, silentLogger } from '../../pipeline/effects.ts';
import { openDatabase } from '../../pipeline/engine/database.ts';
import { VitrineError } from '../../pipeline/errors.ts';
import { assertLedgerReconciles, buildQuality } from '../../pipeline/report/buildQuality.ts';
import { datasetOf } from '../helpers/buildReport.ts';

describe('ledger reconciliation', () => {
  it('assertLedgerReconciles throws LedgerDoesNotReconcile on any difference', () => {
    expect(() => assertLedgerReconciles('x', 10, [10, 10])).not.toThrow();
    const error = (() => {
      try {
        assertLedgerReconciles('x', 10, [10, 9]);
      } catch (e) {
        return e as VitrineError;
      }
    })();
    expect(error?.code).toBe('LedgerDoesNotReconcile');
    expect(error?.what).toBe('x: 10 raw rows but the ledger buckets add up to 9 (difference 1).');
    expect(error?.exitCode).toBe(3);
  });

  it('the quality step fails when a ledger row goes missing', async () => {
    const db = await openDatabase();
    const drops = await prepareDatabase(db, datasetOf('tiny', 'tests/fixtures/tiny'), nodeEffects(silentLogger));
    const rowsRaw = drops.reduce((sum, d) => sum + d.rows, 0);
    await expect(buildQuality(db, 'tiny', rowsRaw, { rows: 0, revenue: 0 })).resolves.toMatchObject({ rows_raw: 22 });
    await db.run(`delete from ledger_lines where drop_id = 'b-2011.csv' and source_line = 5`);
    await expect(buildQuality(db, 'tiny', rowsRaw, { rows: 0, revenue: 0 })).rejects.toMatchObject({ code: 'LedgerDoesNotReconcile' });
    db.close();
  });
});
