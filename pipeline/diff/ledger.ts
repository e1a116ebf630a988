// quality.json: every ledger bucket whose rows or revenue moved, largest row change first
// (rows are one unit across buckets, so absolute changes compare).
import type { Bucket, Quality } from '../../src/contracts/report.ts';
import { compare, type FactInit } from './facts.ts';
import { say, type DiffFormat } from './format.ts';

export function ledgerFacts(old: Quality, now: Quality, currency?: string): FactInit[] {
  const facts: FactInit[] = [];
  for (const [label, a, b] of [['rows excluded', old.rows_excluded, now.rows_excluded]] as const) {
    if (a !== b) facts.push({ file: 'quality', group: 'ledger', change: 'changed', subject: label, old: a, new: b, size: Math.abs(b - a), text: say((t, f) => t.rowsExcluded(f.change(a, b))) });
  }
  const byRule = (buckets: Bucket[]) => new Map(buckets.map((b) => [b.rule, b]));
  const [before, after] = [byRule(old.buckets), byRule(now.buckets)];
  for (const rule of [...new Set([...before.keys(), ...after.keys()])].sort(compare)) {
    const [a, b] = [before.get(rule), after.get(rule)];
    const base = { file: 'quality', group: 'ledger', subject: rule };
    if (!a) facts.push({ ...base, change: 'added', old: null, new: b!.rows, size: b!.rows, text: say((t) => t.bucketAdded(rule, t.kind[b!.kind]!, b!.rows)) });
    else if (!b) facts.push({ ...base, change: 'removed', old: a.rows, new: null, size: a.rows, text: say((t) => t.bucketGone(rule, t.kind[a.kind]!, a.rows)) });
    else if (a.rows !== b.rows || a.revenue !== b.revenue) {
      const revenue = (f: DiffFormat) => (a.revenue === b.revenue ? null : f.change(a.revenue, b.revenue, currency));
      facts.push({ ...base, change: 'changed', old: a.rows, new: b.rows, size: Math.abs(b.rows - a.rows), text: say((t, f) => t.bucketChanged(rule, t.kind[b.kind]!, f.change(a.rows, b.rows), revenue(f))) });
    }
  }
  return facts;
}
