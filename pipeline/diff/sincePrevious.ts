// since_previous.json: what moved between the report this build replaces (or --previous) and
// the one it writes, for the "Since the previous report" page — the same facts as `npm run
// diff`, limited to what a reader acts on (drops, headline, ledger, top lists, products and
// customers, segments, forecasts) and to the largest few of each group.
import { diffReports } from './diffReports.ts';
import { FACTS_PER_GROUP, type SincePrevious, type SincePreviousRow } from '../../src/contracts/sincePrevious.ts';
import { changesText } from '../../src/i18n/messages/changes.ts';
import type { Fact } from './facts.ts';

export { FACTS_PER_GROUP };
const READER_SECTIONS = new Set(['datasets', 'headline', 'ledger', 'rankings', 'entities', 'segments', 'forecasts']);
/** Files whose changes the page does not list: this file itself, and the actions (read from everything else). */
export const NOT_COMPARED = new Set(['since_previous', 'actions']);


interface PreviousSummary {
  period: { from: string; to: string };
  rows_raw: number;
}

export function sincePreviousFile(dataset: string, previousDir: string | null, newDir: string, previous: PreviousSummary | null): SincePrevious {
  const facts = previousDir ? diffReports(previousDir, newDir).facts : [];
  const kept: Fact[] = [];
  const perGroup = new Map<string, number>();
  for (const fact of facts) {
    if (!READER_SECTIONS.has(fact.section) || (fact.file !== null && NOT_COMPARED.has(fact.file))) continue;
    const group = `${fact.section}\u0000${fact.group}`;
    const n = perGroup.get(group) ?? 0;
    perGroup.set(group, n + 1);
    if (fact.section === 'rankings' || fact.section === 'entities' ? n < FACTS_PER_GROUP : true) kept.push(fact);
  }
  return {
    metric: 'since_previous',
    dataset,
    // Like every metric file's, in English; the page writes them in its language (changesText).
    grain: changesText.en.grain,
    definition: changesText.en.definition(FACTS_PER_GROUP),
    params: previous ? { previous_rows_raw: previous.rows_raw } : {},
    previous_period: previous ? previous.period : null,
    rows: kept.map((fact, i): SincePreviousRow => ({
      rank: i + 1,
      section: fact.section as SincePreviousRow['section'],
      file: fact.file,
      group: fact.group,
      change: fact.change,
      subject: fact.subject,
      old: fact.old,
      new: fact.new,
      text: fact.text,
    })),
  };
}
