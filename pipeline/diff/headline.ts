// summary.json: the headline figures (relative change first, since they have different units)
// and the drops read, which go to the dataset's own section.
import type { Source, Summary } from '../../src/contracts/report.ts';
import { compare, type FactInit } from './facts.ts';
import { relativeChange, say } from './format.ts';

const FIGURES: readonly [label: string, read: (s: Summary) => number, money: boolean][] = [
  ['raw rows', (s) => s.rows_raw, false],
  ['kept rows', (s) => s.rows_kept, false],
  ['invoices', (s) => s.invoices, false],
  ['customers', (s) => s.customers, false],
  ['products', (s) => s.products, false],
  ['countries', (s) => s.countries, false],
  ['gross revenue', (s) => s.revenue.gross, true],
  ['returns', (s) => s.revenue.returns, true],
  ['net revenue', (s) => s.revenue.net, true],
  ['lines without customer', (s) => s.lines_without_customer.rows, false],
  ['revenue without customer', (s) => s.lines_without_customer.revenue, true],
];

const DAY = 86_400_000;

/** The word of a figure in the text: a marketplace export (Olist) has orders and states. */
const OLIST_WORDS: Record<string, string> = { invoices: 'orders', countries: 'states' };
const wordOf = (label: string, summary: Summary) => (summary.kind === 'olist' ? (OLIST_WORDS[label] ?? label) : label);

export function headlineFacts(old: Summary, now: Summary): FactInit[] {
  const facts: FactInit[] = [];
  const currency = now.currency === old.currency ? now.currency : undefined;
  for (const [label, read, isMoney] of FIGURES) {
    const [a, b] = [read(old), read(now)];
    if (a === b) continue;
    const relative = relativeChange(a, b);
    facts.push({ file: 'summary', group: 'summary', change: 'changed', subject: label, old: a, new: b, size: relative === null ? Infinity : Math.abs(relative), text: say((t, f) => t.figure(t.figures[wordOf(label, now)]!, f.change(a, b, isMoney ? currency : undefined))) });
  }
  for (const [label, key] of [['first day', 'from'], ['last day', 'to']] as const) {
    const [a, b] = [old.period[key], now.period[key]];
    if (a === b) continue;
    const days = Math.round((Date.parse(b) - Date.parse(a)) / DAY);
    const span = Math.max(1, (Date.parse(old.period.to) - Date.parse(old.period.from)) / DAY);
    facts.push({ file: 'summary', group: 'summary', change: 'changed', subject: label, old: a, new: b, size: Math.abs(days) / span, text: say((t, f) => t.figure(t.figures[label]!, `${f.day(a)} → ${f.day(b)} (${days > 0 ? '+' : '\u2212'}${t.days(Math.abs(days))})`)) });
  }
  for (const field of ['currency', 'kind', 'is_sample'] as const) {
    if (old[field] === now[field]) continue;
    facts.push({ file: 'summary', group: 'summary', change: 'changed', subject: field, old: old[field] ?? null, new: now[field] ?? null, size: Infinity, text: say((t, f) => t.figure(field, `${f.show(old[field] ?? null)} → ${f.show(now[field] ?? null)}`)) });
  }
  return facts;
}

/** The drops read: added, removed, or the same name with other bytes. Sized by rows. */
export function dropFacts(old: Summary, now: Summary): FactInit[] {
  const byName = (sources: Source[]) => new Map(sources.map((s) => [s.drop, s]));
  const [before, after] = [byName(old.sources), byName(now.sources)];
  const facts: FactInit[] = [];
  for (const name of [...new Set([...before.keys(), ...after.keys()])].sort(compare)) {
    const [a, b] = [before.get(name), after.get(name)];
    if (a && b && a.sha256 === b.sha256) continue;
    const base = { file: 'summary', group: 'drops read', subject: name };
    if (!a) facts.push({ ...base, change: 'added', old: null, new: b!.sha256, size: b!.rows, text: say((t, f) => t.dropAdded(name, b!.rows, f.day(b!.first_invoice_date), f.day(b!.last_invoice_date))) });
    else if (!b) facts.push({ ...base, change: 'removed', old: a.sha256, new: null, size: a.rows, text: say((t, f) => t.dropRemoved(name, a.rows, f.day(a.first_invoice_date), f.day(a.last_invoice_date))) });
    else facts.push({ ...base, change: 'changed', old: a.sha256, new: b.sha256, size: Math.abs(b.rows - a.rows) || 1, text: say((t, f) => t.dropChanged(name, a.sha256.slice(0, 12), b.sha256.slice(0, 12), f.change(a.rows, b.rows))) });
  }
  return facts;
}
