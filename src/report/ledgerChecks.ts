// Plain-words checks of the row ledger (quality.json): every raw row is either kept or excluded.
import type { Quality } from '../contracts/report.ts';
import { formatCount, formatRate } from './format.ts';

type LedgerTotals = Pick<Quality, 'rows_raw' | 'rows_kept' | 'rows_excluded'>;
type LedgerBuckets = { buckets: Pick<Quality['buckets'][number], 'rule' | 'kind' | 'rows'>[] };

/** "rows_raw = kept + excluded: 1,067,370 = 1,033,036 + 34,334" (or ≠ with the gap when it does not add up). */
export function reconciliationLine({ rows_raw, rows_kept, rows_excluded }: LedgerTotals): { balanced: boolean; text: string } {
  const balanced = rows_raw === rows_kept + rows_excluded;
  const numbers = `${formatCount(rows_raw)} ${balanced ? '=' : '≠'} ${formatCount(rows_kept)} + ${formatCount(rows_excluded)}`;
  if (balanced) return { balanced, text: `rows_raw = kept + excluded: ${numbers}` };
  const gap = rows_raw - rows_kept - rows_excluded;
  return { balanced, text: `rows_raw ≠ kept + excluded: ${numbers} (${formatCount(Math.abs(gap))} rows ${gap > 0 ? 'unaccounted for' : 'counted twice'})` };
}

/** Bucket rows must add up to the totals; returns the mismatches in plain words (empty when fine). */
export function bucketMismatches(quality: LedgerTotals & LedgerBuckets): string[] {
  const sum = (kind: 'kept' | 'excluded') => quality.buckets.filter((b) => b.kind === kind).reduce((total, b) => total + b.rows, 0);
  const problems: string[] = [];
  if (sum('kept') !== quality.rows_kept) problems.push(`Kept buckets add up to ${formatCount(sum('kept'))} rows, not ${formatCount(quality.rows_kept)}.`);
  if (sum('excluded') !== quality.rows_excluded) problems.push(`Excluded buckets add up to ${formatCount(sum('excluded'))} rows, not ${formatCount(quality.rows_excluded)}.`);
  return problems;
}

/** Tables (ledger groups) the report does not read at all: every row excluded, none kept. */
export function unreadTables(buckets: LedgerBuckets['buckets'] & { group?: string }[]): Set<string> {
  const kept = new Map<string, number>();
  for (const b of buckets as (LedgerBuckets['buckets'][number] & { group: string })[]) kept.set(b.group, (kept.get(b.group) ?? 0) + (b.kind === 'kept' ? b.rows : 0));
  return new Set([...kept].filter(([, rows]) => rows === 0).map(([group]) => group));
}

/**
 * "96.8 % of the 1,067,370 raw rows are kept; the largest exclusion is “duplicate_line” (34,156 rows)."
 * For an export of several tables (`byTable`), a table the report does not read is said apart, so
 * a million unused rows do not pass for lost data.
 */
export function keptShareTakeaway(quality: LedgerTotals & LedgerBuckets, byTable = false): string {
  if (quality.rows_raw === 0) return 'The sources hold no rows.';
  const buckets = quality.buckets as (LedgerBuckets['buckets'][number] & { group: string })[];
  const unread = byTable ? unreadTables(buckets) : new Set<string>();
  const unreadRows = buckets.filter((b) => unread.has(b.group)).reduce((sum, b) => sum + b.rows, 0);
  const read = quality.rows_raw - unreadRows;
  const kept = unread.size === 0
    ? `${formatRate(quality.rows_kept / quality.rows_raw)} of the ${formatCount(quality.rows_raw)} raw rows are kept`
    : `${formatRate(read > 0 ? quality.rows_kept / read : 0)} of the ${formatCount(read)} rows of the tables the report reads are kept (${[...unread].sort().map((t) => `${t}, ${formatCount(buckets.filter((b) => b.group === t).reduce((sum, b) => sum + b.rows, 0))} rows, is not read`).join('; ')})`;
  const largest = buckets.filter((b) => b.kind === 'excluded' && !unread.has(b.group)).sort((a, b) => b.rows - a.rows)[0];
  if (!largest || largest.rows === 0) return `${kept}; nothing was excluded.`;
  return `${kept}; the largest exclusion is “${largest.rule}” (${formatCount(largest.rows)} rows).`;
}
