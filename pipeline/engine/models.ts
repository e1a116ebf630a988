// Builds the SQL models (staging → ledger → intermediate) as tables, in the order their reads give.
import { fileURLToPath } from 'node:url';

import { readSql } from './sqlFiles.ts';
import { sqlString, type Database } from './database.ts';
import type { LoadedDrop } from '../sources/loadDrops.ts';
import { onlineRetailModels } from '../kinds/online-retail/models.ts';
import { orderModels, tableOf } from './modelOrder.ts';

const seedsDir = fileURLToPath(new URL('../seeds/', import.meta.url));

export async function loadSeeds(db: Database, seeds: readonly string[] = ['ledger_rules', 'non_product_codes']): Promise<void> {
  for (const seed of seeds) {
    await db.run(`create table seed_${seed} as select * from read_csv(${sqlString(`${seedsDir}${seed}.csv`)}, header = true, all_varchar = false)`);
  }
}

export async function createDropManifest(db: Database, drops: readonly LoadedDrop[]): Promise<void> {
  await db.run('create table drop_manifest (drop_id varchar)');
  for (const drop of drops) await db.run(`insert into drop_manifest values (${sqlString(drop.drop)})`);
}

/** Builds a kind's models (its manifest, in any order) as tables, each after the models it reads. */
export async function buildModels(db: Database, models: readonly string[] = onlineRetailModels): Promise<void> {
  for (const model of orderModels(models)) await db.run(`create table ${tableOf(model)} as ${readSql(`${model}.sql`)}`);
}
