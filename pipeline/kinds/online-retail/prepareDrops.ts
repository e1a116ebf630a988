// A shop dataset's drops → DuckDB → staging → ledger → the line model.
import type { DatasetConfig } from '../../config.ts';
import type { Effects } from '../../effects.ts';
import type { Database } from '../../engine/database.ts';
import { buildModels, createDropManifest, loadSeeds } from '../../engine/models.ts';
import type { SummarySource } from '../../report/buildSummary.ts';
import { listDrops } from '../../sources/listDrops.ts';
import { loadDrops } from '../../sources/loadDrops.ts';
import { onlineRetailModels } from './models.ts';

/** Loads the drops and builds every model up to the ledger and intermediate tables. */
export async function prepareDrops(db: Database, dataset: DatasetConfig, effects: Effects): Promise<SummarySource[]> {
  const started = effects.now();
  effects.logger.info(`${dataset.name}: reading drops from ${dataset.folders.join(', ')}`);
  const drops = await loadDrops(db, await listDrops(dataset.folders, effects), effects);
  await loadSeeds(db);
  await createDropManifest(db, drops);
  await buildModels(db, onlineRetailModels);
  // Read only by stg_drops and ledger_lines, both built now: a second typed copy of every line
  // (≈190 MB per million rows) that would otherwise stay in DuckDB's memory for the whole build.
  await db.run('drop table stg_invoice_lines');
  effects.logger.info(`${dataset.name}: staged and ledgered (${Math.round(effects.now() - started)} ms)`);
  return drops;
}
