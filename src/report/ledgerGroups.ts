// The ledger's buckets grouped the way quality.json groups them (`group`): for Olist, one group
// per source table, so a reader sees each table's rows add up before reading the rules.
import type { Bucket } from '../contracts/report.ts';

export interface LedgerGroup<B> {
  group: string;
  rows: number;
  kept: number;
  excluded: number;
  /** Σ bucket revenue: 0 for tables that carry no money (Olist customers, reviews, …). */
  revenue: number;
  buckets: B[];
}

/** Groups in the order they first appear; buckets keep their order within a group. */
export function groupBuckets<B extends Pick<Bucket, 'group' | 'kind' | 'rows' | 'revenue'>>(buckets: B[]): LedgerGroup<B>[] {
  const groups = new Map<string, LedgerGroup<B>>();
  for (const bucket of buckets) {
    let entry = groups.get(bucket.group);
    if (!entry) groups.set(bucket.group, (entry = { group: bucket.group, rows: 0, kept: 0, excluded: 0, revenue: 0, buckets: [] }));
    entry.rows += bucket.rows;
    entry[bucket.kind] += bucket.rows;
    entry.revenue += bucket.revenue;
    entry.buckets.push(bucket);
  }
  return [...groups.values()];
}

/** The examples' columns in the order of the first example that has each: one table's header. */
export function exampleColumns(examples: { values?: Record<string, string | null> }[]): string[] {
  const columns = new Set<string>();
  for (const example of examples) for (const column of Object.keys(example.values ?? {})) columns.add(column);
  return [...columns];
}
