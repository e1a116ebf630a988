// Runs every metric file in pipeline/sql/metrics: file stem = JSON name = chart name.
import { readdirSync } from 'node:fs';
import { metricSchema, type Metric } from '../../src/contracts/report.ts';
import type { Database, SqlRow } from '../engine/database.ts';
import { parseSqlHeader, readSql, sqlPath } from '../engine/sqlFiles.ts';
import { contractError } from '../errors.ts';

export function metricNames(): string[] {
  return readdirSync(sqlPath('metrics'))
    .filter((f) => f.endsWith('.sql'))
    .map((f) => f.slice(0, -4))
    .sort();
}

export async function buildMetric(db: Database, dataset: string, name: string): Promise<Metric<SqlRow>> {
  const sql = readSql(`metrics/${name}.sql`);
  const header = parseSqlHeader(sql);
  if (header.title !== name || !header.grain || !header.definition) {
    throw contractError(`pipeline/sql/metrics/${name}.sql`, 'the header comment must start "-- <name>: <grain>." followed by the definition');
  }
  const metric = { metric: name, dataset, grain: header.grain, definition: header.definition, rows: await db.all(sql) };
  const parsed = metricSchema.safeParse(metric);
  if (!parsed.success) throw contractError(`${name}.json`, parsed.error.issues[0]?.message ?? 'invalid');
  return metric;
}
