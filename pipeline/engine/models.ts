// Builds the SQL models (staging → ledger → intermediate) as tables, in dependency order.
import { fileURLToPath } from 'node:url';

import { readSql } from './sqlFiles.ts';
import { sqlString, type Database } from './database.ts';
import type { LoadedDrop } from '../sources/loadDrops.ts';

const seedsDir = fileURLToPath(new URL('../seeds/', import.meta.url));

/** Online Retail models in dependency order; the file stem is the table name. */
export const modelOrder = [
  'staging/stg_drops',
  'ledger/ledger_lines',
  'intermediate/int_sales_lines',
  'intermediate/int_products',
  'intermediate/int_customers',
  ...sharedStatsModels(),
] as const;

/** The models every dataset kind shares once it has int_sales_lines and int_customers. */
export function sharedStatsModels(): string[] {
  return [
    'intermediate/int_product_stats',
    'intermediate/int_customer_stats',
    'intermediate/int_product_rows',
    'intermediate/int_customer_rows',
  ];
}

export async function loadSeeds(db: Database, seeds: readonly string[] = ['ledger_rules', 'non_product_codes']): Promise<void> {
  for (const seed of seeds) {
    await db.run(`create table seed_${seed} as select * from read_csv(${sqlString(`${seedsDir}${seed}.csv`)}, header = true, all_varchar = false)`);
  }
}

export async function createDropManifest(db: Database, drops: readonly LoadedDrop[]): Promise<void> {
  await db.run('create table drop_manifest (drop_id varchar)');
  for (const drop of drops) await db.run(`insert into drop_manifest values (${sqlString(drop.drop)})`);
}

export async function buildModels(db: Database, models: readonly string[] = modelOrder): Promise<void> {
  for (const model of models) {
    const table = model.split('/').at(-1)!;
    await db.run(`create table ${table} as ${readSql(`${model}.sql`)}`);
  }
}
