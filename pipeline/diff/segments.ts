// Segments: the chosen model (segment_summary) and each segment's size (segment_profiles),
// matched by segment and named by its plain name.
import type { FactInit } from './facts.ts';
import type { Lang } from '../../src/i18n/langs.ts';
import { changesFactsText } from '../../src/i18n/messages/changesFacts.ts';
import { say, textOf, type DiffFormat } from './format.ts';
import { diffRows, valueOf, type Row } from './rows.ts';

const SUMMARY_FIELDS = ['status', 'customers', 'chosen_family', 'chosen_k', 'segments', 'chosen_silhouette', 'chosen_stability', 'refit_weeks'] as const;

export function segmentSummaryFacts(oldRows: readonly Row[], newRows: readonly Row[]): FactInit[] {
  const [a, b] = [oldRows[0], newRows[0]];
  const facts: FactInit[] = [];
  for (const field of SUMMARY_FIELDS) {
    const [x, y] = [valueOf(a, field), valueOf(b, field)];
    if (x === y) continue;
    const size = typeof x === 'number' && typeof y === 'number' && x !== 0 ? Math.abs(y - x) / Math.abs(x) : 1;
    facts.push({ file: 'segment_summary', group: 'chosen model', change: 'changed', subject: field, old: x, new: y, size, text: say((t, f) => t.figure(field, f.change(x, y))) });
  }
  return facts;
}

/** Segments are matched by their plain name: a refit may number them otherwise. */
export function segmentProfileFacts(oldRows: readonly Row[], newRows: readonly Row[]): FactInit[] {
  const diff = diffRows(oldRows, newRows, ['name']);
  const name = (row: Row, lang: Lang) => changesFactsText[lang].segmentName(textOf(row.name, lang) ?? String(row.name));
  const customers = (row: Row) => (typeof row.customers === 'number' ? row.customers : 0);
  const share = (row: Row, f: DiffFormat) => f.sharePercent(valueOf(row, 'share_customers'));
  const facts: FactInit[] = [];
  const base = { file: 'segment_profiles', group: 'segment sizes (customers)' };
  for (const { id, row } of diff.added) facts.push({ ...base, change: 'added', subject: id, old: null, new: customers(row), size: customers(row), text: say((t, f, lang) => t.segmentAdded(name(row, lang), customers(row), share(row, f))) });
  for (const { id, row } of diff.removed) facts.push({ ...base, change: 'removed', subject: id, old: customers(row), new: null, size: customers(row), text: say((t, f, lang) => t.segmentRemoved(name(row, lang), customers(row), share(row, f))) });
  for (const { id, old, new: now } of diff.changed) {
    if (customers(old) === customers(now) && old.share_customers === now.share_customers) continue;
    facts.push({ ...base, change: 'changed', subject: id, old: customers(old), new: customers(now), size: Math.abs(customers(now) - customers(old)) || 0.5, text: say((t, f, lang) => t.segmentChanged(name(now, lang), f.change(customers(old), customers(now)), f.shareChange(valueOf(old, 'share_customers'), valueOf(now, 'share_customers')))) });
  }
  return facts;
}
