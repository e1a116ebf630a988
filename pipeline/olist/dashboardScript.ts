// The four customer-experience dashboard queries as one plain SQL script an analyst can run in
// any DuckDB session: views over the CSV files, the same staging models the report uses, then
// each query with its assumptions. One source of truth: the .sql files in pipeline/sql/olist.
import { join } from 'node:path';
import type { Effects } from '../effects.ts';
import { sqlString } from '../engine/database.ts';
import { fillTemplate, readSql } from '../engine/sqlFiles.ts';
import { olistTables } from './olistTables.ts';

export const dashboardQueries = ['cx_late_deliveries', 'cx_top_sellers', 'cx_new_engaged_sellers', 'cx_worst_zip_codes'] as const;

export interface DashboardSql {
  setup: string[];
  queries: { name: string; sql: string }[];
}

export async function dashboardSql(folder: string, effects: Effects): Promise<DashboardSql> {
  const names = await effects.listDir(folder);
  const setup: string[] = [];
  const raw: Record<string, string> = {};
  for (const table of olistTables.filter((t) => t.name !== 'geolocation')) {
    const file = names.find((n) => table.file.test(n));
    raw[table.name] = `raw_olist_${table.name}`;
    const source = file
      ? `select *, 0 as source_line from read_csv(${sqlString(join(folder, file))}, header = true, all_varchar = true)`
      : `select ${table.columns.map((c) => `null::varchar as ${c}`).join(', ')}, 0 as source_line where false`;
    setup.push(`create or replace view raw_olist_${table.name} as ${source};`);
  }
  for (const table of olistTables.filter((t) => t.name !== 'geolocation')) {
    setup.push(`create or replace view stg_olist_${table.name} as\n${fillTemplate(readSql(`olist/staging/stg_olist_${table.name}.sql`), raw).trim()};`);
  }
  const queries = dashboardQueries.map((name) => ({ name, sql: readSql(`olist/metrics/${name}.sql`).trim().replace(/;?$/, ';') }));
  return { setup, queries };
}

export function dashboardScriptText(folder: string, sql: DashboardSql): string {
  return [
    '-- vitrine: the Olist customer-experience dashboard queries (written by `npm run sql:dashboard`).',
    `-- Reads the Olist CSV files in ${folder}. Run it in any DuckDB session, e.g. \`duckdb < this-file.sql\`.`,
    '-- "Now" in every query is the latest purchase timestamp in the data (the export is a snapshot).',
    '',
    '-- Source tables as views over the CSV files, then the staging models (rename and cast only).',
    ...sql.setup,
    '',
    ...sql.queries.flatMap((q, i) => [`-- Query ${i + 1} of ${sql.queries.length}`, q.sql, '']),
  ].join('\n');
}
