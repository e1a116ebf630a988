// Stops the build with a bad-input error (exit 2) when drops hold nothing to report on, before
// the report contracts would reject the empty figures as if the SQL were wrong (exit 4).
import type { Database } from '../engine/database.ts';
import { emptyDropsError, noReadableRowsError, nothingKeptError, type DropRuleCount } from '../valueErrors.ts';

/** Rules that mean a line could not be read at all (seeds/ledger_rules.csv). */
const unreadableRules = new Set(['invalid_value', 'date_out_of_range', 'amount_out_of_range']);

export interface DropRows { drop: string; rows: number }

export async function assertDropsUsable(db: Database, dataset: string, drops: readonly DropRows[]): Promise<void> {
  const empty = drops.filter((d) => d.rows === 0).map((d) => d.drop);
  if (empty.length > 0) throw emptyDropsError(empty);
  const counts = await db.all<DropRuleCount & { kind: string }>(
    `select ledger.drop_id as drop, ledger.rule, rules.kind, count(*)::integer as rows, min(ledger.source_line)::integer as first_line
     from ledger_lines as ledger join seed_ledger_rules as rules using (rule)
     group by all order by min(rules.priority), drop`,
  );
  checkDropCounts(dataset, drops, counts);
}

/** The decision on the per-drop, per-rule counts (pure, so that it is tested without a build). */
export function checkDropCounts(dataset: string, drops: readonly DropRows[], counts: readonly (DropRuleCount & { kind: string })[]): void {
  const unreadable = drops
    .map((d) => ({ ...d, rules: counts.filter((c) => c.drop === d.drop) }))
    .filter((d) => d.rules.length > 0 && d.rules.every((r) => unreadableRules.has(r.rule)));
  if (unreadable.length > 0) throw noReadableRowsError(unreadable);
  if (!counts.some((c) => c.kind === 'kept')) {
    throw nothingKeptError(dataset, drops.reduce((sum, d) => sum + d.rows, 0), drops.map((d) => d.drop), [...counts]);
  }
}
