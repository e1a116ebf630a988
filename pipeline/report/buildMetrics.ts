// Runs every metric file in pipeline/sql/metrics: file stem = JSON name = chart name.
import { readdirSync } from 'node:fs';
import { metricSchema, type Metric } from '../../src/contracts/report.ts';
import type { Database, SqlRow } from '../engine/database.ts';
import { fillTemplate, parseSqlHeader, readSql, sqlPath } from '../engine/sqlFiles.ts';
import { contractError } from '../errors.ts';

/**
 * Metrics left out for Olist: the private/shop split does not apply to a marketplace, and the
 * per-entity series feed one page per product and customer, which for ~33k products and ~95k
 * mostly one-time buyers would be 130k pages and ~130 MB of JSON that no one reads.
 */
const onlineRetailOnly = new Set([
  'customer_types',
  'customer_sales',
  'customer_monthly',
  'customer_top_products',
  'product_monthly',
  'product_countries',
  'product_descriptions',
]);

/**
 * The metric files of a dataset kind, as paths under pipeline/sql without `.sql`: the shared
 * ones in metrics/, and for Olist also olist/metrics/ (the dashboard queries).
 */
export function metricNames(kind: 'online_retail' | 'olist' = 'online_retail'): string[] {
  const stems = (dir: string) => readdirSync(sqlPath(dir)).filter((f) => f.endsWith('.sql')).map((f) => `${dir}/${f.slice(0, -4)}`);
  const shared = stems('metrics')
    .filter((m) => kind === 'online_retail' || !onlineRetailOnly.has(m.slice('metrics/'.length)))
    // Metrics with {{param}} placeholders, or reading models built with params (the basket
    // models of pipeline/analytics/baskets, the calendar gaps of the kind's calendar), are run
    // by the analytics step that owns those params.
    .filter((m) => !/\{\{\w+\}\}|\bint_basket_|\bint_calendar_gaps\b/.test(readSql(`${m}.sql`)));
  return [...shared, ...(kind === 'olist' ? stems('olist/metrics') : [])].sort();
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
