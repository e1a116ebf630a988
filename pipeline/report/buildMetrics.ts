// Runs every metric file in pipeline/sql/metrics: file stem = JSON name = chart name.
import { readdirSync } from 'node:fs';
import { metricSchema, type Metric } from '../../src/contracts/report.ts';
import type { Database, SqlRow } from '../engine/database.ts';
import { fillTemplate, parseSqlHeader, readSql, sqlPath } from '../engine/sqlFiles.ts';
import { contractError } from '../errors.ts';

export function metricNames(): string[] {
  return readdirSync(sqlPath('metrics'))
    .filter((f) => f.endsWith('.sql'))
    .map((f) => f.slice(0, -4))
    .sort();
}

/**
 * Runs one metric file. `{{name}}` placeholders are filled from `params` (numbers only), and
 * the params used are written into the JSON so that a reader sees the thresholds.
 */
export async function buildMetric(db: Database, dataset: string, name: string, params: Record<string, number> = {}): Promise<Metric<SqlRow>> {
  const template = readSql(`metrics/${name}.sql`);
  const used = Object.fromEntries(Object.entries(params).filter(([key]) => template.includes(`{{${key}}}`)));
  const sql = fillTemplate(template, Object.fromEntries(Object.entries(used).map(([k, v]) => [k, String(v)])));
  const header = parseSqlHeader(template);
  if (header.title !== name || !header.grain || !header.definition) {
    throw contractError(`pipeline/sql/metrics/${name}.sql`, 'the header comment must start "-- <name>: <grain>." followed by the definition');
  }
  const metric = {
    metric: name,
    dataset,
    grain: header.grain,
    definition: header.definition,
    ...(Object.keys(used).length > 0 ? { params: used } : {}),
    rows: await db.all(sql),
  };
  const parsed = metricSchema.safeParse(metric);
  if (!parsed.success) throw contractError(`${name}.json`, parsed.error.issues[0]?.message ?? 'invalid');
  return metric;
}
