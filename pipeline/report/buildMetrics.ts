// Runs the metric files of pipeline/sql/metrics and olist/metrics: file stem = JSON name = registry key.
import { metricSchema, type Metric } from '../../src/contracts/report.ts';
import type { Database, SqlRow } from '../engine/database.ts';
import { fillTemplate, parseSqlHeader, readSql } from '../engine/sqlFiles.ts';
import { spineSqlMetrics } from '../../src/contracts/registry.ts';
import type { DatasetKind } from '../kinds/types.ts';
import { contractError } from '../errors.ts';

/**
 * The SQL metrics the spine runs for a dataset kind, as paths under pipeline/sql without `.sql`:
 * the registry's entries of the kind whose step is the spine (src/contracts/registry.ts).
 */
export function metricNames(kind: DatasetKind = 'online_retail'): string[] {
  return spineSqlMetrics(kind);
}

/**
 * Runs one metric file. `{{name}}` placeholders are filled from `params` (numbers only), and
 * the params used are written into the JSON so that a reader sees the thresholds.
 */
export async function buildMetric(db: Database, dataset: string, name: string, params: Record<string, number> = {}): Promise<Metric<SqlRow>> {
  const path = name.includes('/') ? name : `metrics/${name}`;
  name = path.split('/').at(-1)!;
  const template = readSql(`${path}.sql`);
  const used = Object.fromEntries(Object.entries(params).filter(([key]) => template.includes(`{{${key}}}`)));
  const sql = fillTemplate(template, Object.fromEntries(Object.entries(used).map(([k, v]) => [k, String(v)])));
  const header = parseSqlHeader(template);
  if (header.title !== name || !header.grain || !header.definition) {
    throw contractError(`pipeline/sql/${path}.sql`, 'the header comment must start "-- <name>: <grain>." followed by the definition');
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
