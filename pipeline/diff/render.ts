// The diff as text (one line per fact, under its dataset, section and group; long groups of
// top lists, entities and files cut to `limit` lines, saying how many are left out) or as JSON (every fact).
import { SECTION_TITLES, groupId, type Fact } from './facts.ts';
import { count, plural } from './format.ts';
import type { DiffResult } from './diffReports.ts';

/** Sections short by nature, never cut: the drops, the headline figures, the ledger buckets. */
const WHOLE = new Set(['datasets', 'headline', 'ledger']);

export function renderText(result: DiffResult, limit: number | null = 5): string {
  const lines = [`vitrine diff: ${result.old} → ${result.new}`];
  if (result.facts.length === 0) {
    const files = result.datasets.reduce((n, d) => n + d.files, 0);
    lines.push(`No change: ${plural(result.datasets.length, 'dataset')}, ${plural(files, 'report file')}, every value the same.`);
    return `${lines.join('\n')}\n`;
  }
  let [dataset, section, group] = ['\u0000', '', ''];
  const groups = new Map<string, Fact[]>();
  for (const fact of result.facts) groups.set(groupId(fact), [...(groups.get(groupId(fact)) ?? []), fact]);
  let shown = 0;
  for (const fact of result.facts) {
    if (fact.dataset !== dataset) {
      dataset = fact.dataset ?? '';
      [section, group] = ['', ''];
      const stats = result.datasets.find((d) => d.dataset === dataset);
      lines.push('', stats ? `${dataset}: ${plural(stats.files - stats.identical, 'file')} of ${stats.files} changed` : dataset);
    }
    if (fact.section !== section) {
      section = fact.section;
      group = '';
      lines.push(`  ${SECTION_TITLES[fact.section]}`);
    }
    const id = groupId(fact);
    if (id !== group) {
      group = id;
      shown = 0;
      lines.push(`    ${fact.group}: ${counts(groups.get(id)!)}`);
    }
    shown++;
    const members = groups.get(id)!;
    if (limit === null || shown <= limit || WHOLE.has(fact.section)) lines.push(`      ${fact.text.en}`);
    else if (shown === limit + 1) lines.push(`      … and ${members.length - limit} more (--all lists them)`);
  }
  return `${lines.join('\n')}\n`;
}

function counts(facts: readonly Fact[]): string {
  const by = new Map<string, number>();
  for (const fact of facts) by.set(fact.change, (by.get(fact.change) ?? 0) + 1);
  return [...by].map(([change, n]) => `${count(n)} ${change.replaceAll('_', ' ')}`).join(', ');
}

export function renderJson(result: DiffResult): string {
  const facts = result.facts.map((f) => ({ dataset: f.dataset, section: f.section, file: f.file, group: f.group, change: f.change, subject: f.subject, old: f.old, new: f.new, size: Number.isFinite(f.size) ? Math.round(f.size * 1e6) / 1e6 : null, text: f.text.en }));
  return `${JSON.stringify({ old: result.old, new: result.new, changed: facts.length > 0, datasets: result.datasets, facts }, null, 2)}\n`;
}
