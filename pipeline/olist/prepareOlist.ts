// The Olist marketplace path: tables → staging → ledger → the shop's line model
// (int_sales_lines, int_customers), after which the shared models and metrics apply.
import type { Effects } from '../effects.ts';
import { sqlString, type Database } from '../engine/database.ts';
import { buildModels, loadSeeds } from '../engine/models.ts';
import { olistModels } from '../kinds/olist/models.ts';
import { fillTemplate, readSql } from '../engine/sqlFiles.ts';
import type { SummarySource } from '../report/buildSummary.ts';
import { loadOlistTables, type OlistLoad } from './loadOlistTables.ts';
import { olistTables } from './olistTables.ts';

export async function prepareOlist(db: Database, folders: readonly string[], effects: Effects): Promise<{ sources: SummarySource[]; load: OlistLoad }> {
  const load = await loadOlistTables(db, folders, effects);
  const raw = Object.fromEntries(olistTables.map((t) => [t.name, `raw_olist_${t.name}`]));
  for (const table of olistTables) {
    await db.run(`create table stg_olist_${table.name} as ${fillTemplate(readSql(`olist/staging/stg_olist_${table.name}.sql`), raw)}`);
  }
  await loadSeeds(db, ['marketplace_ledger_rules']);
  await buildModels(db, olistModels);
  await createDropSpans(db, load);
  const sources = load.loaded.map((t) => ({
    drop: t.drop,
    file: t.file,
    sheet: null,
    rows: t.rows,
    sha256: t.sha256,
    layout: { name: 'olist' as const },
    dateFormat: { label: 'ISO (YYYY-MM-DD HH:MM:SS)' },
  }));
  return { sources, load };
}

/** stg_drops as the summary reads it: the purchase span for the orders and items files. */
async function createDropSpans(db: Database, load: OlistLoad): Promise<void> {
  const dated = new Set(['orders', 'order_items']);
  await db.run('create table stg_drops (drop_id varchar, first_ts timestamp, last_ts timestamp, drop_rank integer)');
  for (const [i, t] of load.loaded.entries()) {
    const span = dated.has(t.table.name) ? '(select min(purchased_at) from stg_olist_orders), (select max(purchased_at) from stg_olist_orders)' : 'null, null';
    await db.run(`insert into stg_drops select ${sqlString(t.drop)}, ${span}, ${i + 1}`);
  }
}
