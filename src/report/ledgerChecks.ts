// Plain-words checks of the row ledger (quality.json): every raw row is either kept or excluded.
import type { Quality } from '../contracts/report.ts';
import type { Lang } from '../i18n/langs.ts';
import { qualityText } from '../i18n/messages/quality.ts';

type LedgerTotals = Pick<Quality, 'rows_raw' | 'rows_kept' | 'rows_excluded'>;
type LedgerBuckets = { buckets: Pick<Quality['buckets'][number], 'rule' | 'kind' | 'rows'>[] };

/** "rows_raw = kept + excluded: 1,067,370 = 1,033,036 + 34,334" (or ≠ with the gap when it does not add up). */
export function reconciliationLine(lang: Lang, { rows_raw, rows_kept, rows_excluded }: LedgerTotals): { balanced: boolean; text: string } {
  const t = qualityText[lang];
  const balanced = rows_raw === rows_kept + rows_excluded;
  if (balanced) return { balanced, text: t.balanced(rows_raw, rows_kept, rows_excluded) };
  return { balanced, text: t.unbalanced(rows_raw, rows_kept, rows_excluded, rows_raw - rows_kept - rows_excluded) };
}

/** Bucket rows must add up to the totals; returns the mismatches in plain words (empty when fine). */
export function bucketMismatches(lang: Lang, quality: LedgerTotals & LedgerBuckets): string[] {
  const t = qualityText[lang];
  const sum = (kind: 'kept' | 'excluded') => quality.buckets.filter((b) => b.kind === kind).reduce((total, b) => total + b.rows, 0);
  const problems: string[] = [];
  if (sum('kept') !== quality.rows_kept) problems.push(t.keptMismatch(sum('kept'), quality.rows_kept));
  if (sum('excluded') !== quality.rows_excluded) problems.push(t.excludedMismatch(sum('excluded'), quality.rows_excluded));
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
export function keptShareTakeaway(lang: Lang, quality: LedgerTotals & LedgerBuckets, byTable = false): string {
  const t = qualityText[lang];
  if (quality.rows_raw === 0) return t.noRows;
  const buckets = quality.buckets as (LedgerBuckets['buckets'][number] & { group: string })[];
  const unread = byTable ? unreadTables(buckets) : new Set<string>();
  const unreadRows = buckets.filter((b) => unread.has(b.group)).reduce((sum, b) => sum + b.rows, 0);
  const read = quality.rows_raw - unreadRows;
  const tables = [...unread].sort().map((table) => ({ table, rows: buckets.filter((b) => b.group === table).reduce((sum, b) => sum + b.rows, 0) }));
  const kept = unread.size === 0
    ? t.keptShare(quality.rows_kept / quality.rows_raw, quality.rows_raw)
    : t.keptShareRead(read > 0 ? quality.rows_kept / read : 0, read, tables);
  const largest = buckets.filter((b) => b.kind === 'excluded' && !unread.has(b.group)).sort((a, b) => b.rows - a.rows)[0];
  if (!largest || largest.rows === 0) return t.nothingExcluded(kept);
  return t.largestExclusion(kept, largest.rule, largest.rows);
}
