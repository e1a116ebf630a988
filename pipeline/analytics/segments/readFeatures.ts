// Reads a kind's feature model for a set of cutoff dates from DuckDB, as columns per cutoff.
// The rows are packed into one JSON list per column and cutoff in SQL: turning ~350k rows into
// JS objects one by one costs seconds, parsing a few long JSON arrays milliseconds.
import { sqlIdent, sqlString, type Database } from '../../engine/database.ts';
import { readSql } from '../../engine/sqlFiles.ts';
import type { FeatureColumns } from './scaleFeatures.ts';
import type { KindSpec } from './featureSpecs.ts';

export interface FeatureSnapshot {
  asOf: string;
  customerIds: string[];
  columns: FeatureColumns;
}

/** Feature columns every kind's SQL must emit besides its own features. */
export const rfmColumns = ['recency_days', 'orders', 'net'] as const;

/**
 * Features as of each cutoff. With `customerShare` < 1 only a fixed sample of the customers is
 * read (chosen by an MD5 hash of the id, so the same customers at every date): the feature SQL
 * then runs in a schema whose int_sales_lines is a view of those customers' lines, found first
 * on the search path — the model itself stays unaware of the sampling.
 */
export async function readFeatureSnapshots(db: Database, spec: KindSpec, cutoffs: readonly string[], customerShare = 1): Promise<FeatureSnapshot[]> {
  await db.run('create or replace temp table segment_cutoffs (as_of date)');
  if (cutoffs.length > 0) await db.run(`insert into segment_cutoffs values ${cutoffs.map((c) => `(${sqlString(c)}::date)`).join(', ')}`);
  const columns = [...new Set([...rfmColumns, ...spec.features.map((f) => f.column)])];
  // Booleans become 0/1 so that every feature is a number.
  const lists = columns.map((c) => `to_json(list(${sqlIdent(c)}::double order by customer_id))::varchar as ${sqlIdent(c)}`);
  const query = `
    with features as (
        ${readSql(spec.sql).replace(/^--.*$/gm, '')}
    )
    select
        as_of::varchar                                                    as as_of,
        to_json(list(customer_id order by customer_id))::varchar          as customer_ids,
        ${lists.join(',\n        ')}
    from features
    group by as_of
    order by as_of`;
  const rows = customerShare < 1 ? await onCustomerSample(db, customerShare, () => db.all<Record<string, string>>(query)) : await db.all<Record<string, string>>(query);
  const byDate = new Map(rows.map((row) => [row.as_of!, row]));
  return cutoffs.map((asOf) => {
    const row = byDate.get(asOf);
    if (!row) return { asOf, customerIds: [], columns: Object.fromEntries(columns.map((c) => [c, new Float64Array(0)])) };
    return {
      asOf,
      customerIds: JSON.parse(row.customer_ids!) as string[],
      columns: Object.fromEntries(columns.map((c) => [c, Float64Array.from(JSON.parse(row[c]!) as number[])])),
    };
  });
}

async function onCustomerSample<T>(db: Database, share: number, run: () => Promise<T>): Promise<T> {
  await db.run('create schema if not exists segment_sample');
  await db.run(`create or replace table segment_sample.customers as
    select distinct customer_id from main.int_sales_lines
    where customer_id is not null and md5_number(customer_id) % 10000 < ${Math.ceil(share * 10000)}`);
  await db.run(`create or replace view segment_sample.int_sales_lines as
    select * from main.int_sales_lines where customer_id in (select customer_id from segment_sample.customers)`);
  await db.run(`set search_path = 'segment_sample,main'`);
  try {
    return await run();
  } finally {
    await db.run('reset search_path');
  }
}
