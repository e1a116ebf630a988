// One fact = one line of the diff: what changed, in which dataset, section and report file, with
// the figures before and after and a size that orders the facts within their section.
import type { Localized } from '../../src/i18n/localized.ts';
import type { Value } from './format.ts';

export const SECTIONS = ['datasets', 'headline', 'ledger', 'rankings', 'entities', 'segments', 'forecasts', 'files'] as const;
export type Section = (typeof SECTIONS)[number];

export const SECTION_TITLES: Record<Section, string> = {
  datasets: 'Datasets',
  headline: 'Headline figures (summary)',
  ledger: 'Row ledger (quality)',
  rankings: 'Top lists',
  entities: 'Products and customers',
  segments: 'Segments',
  forecasts: 'Forecasts and stock',
  files: 'Report files',
};

export type Change = 'changed' | 'added' | 'removed' | 'entered' | 'left' | 'moved' | 'only_in_old' | 'only_in_new' | 'appeared' | 'disappeared';

export interface Fact {
  dataset: string | null;
  section: Section;
  /** The report file the fact comes from; null for a whole dataset. */
  file: string | null;
  /** Facts of one group are printed together (a top list, a kind of entity). */
  group: string;
  change: Change;
  /** What the fact is about: a figure, a bucket, a row's identity. */
  subject: string;
  old: Value;
  new: Value;
  /** How much it matters, to sort by: |relative change|, places moved, rows touched, money. */
  size: number;
  /** The line in each language: `npm run diff` prints `.en`, since_previous.json keeps both. */
  text: Localized;
}

export type FactInit = Omit<Fact, 'dataset' | 'section'>;

/** Groups that lead their section whatever their size: totals before the detail behind them. */
const LEADING_GROUPS = ['chosen model', 'stock_products totals', 'stock_forecast totals', 'chosen forecast method'];
const lead = (group: string) => {
  const i = LEADING_GROUPS.indexOf(group);
  return i < 0 ? LEADING_GROUPS.length : i;
};

/** Sections in their fixed order; within one, totals first, then the groups that changed most (Σ size), then facts by size. */
export function sortFacts(facts: readonly Fact[]): Fact[] {
  const sectionOf = (fact: Fact) => SECTIONS.indexOf(fact.section);
  const groupSize = new Map<string, number>();
  for (const fact of facts) {
    const id = groupId(fact);
    groupSize.set(id, (groupSize.get(id) ?? 0) + fact.size);
  }
  return [...facts].sort(
    (a, b) =>
      compare(a.dataset ?? '', b.dataset ?? '') ||
      sectionOf(a) - sectionOf(b) ||
      lead(a.group) - lead(b.group) ||
      groupSize.get(groupId(b))! - groupSize.get(groupId(a))! ||
      compare(a.group, b.group) ||
      b.size - a.size ||
      compare(a.text.en, b.text.en),
  );
}

export const groupId = (fact: Fact) => `${fact.dataset ?? ''}\u0000${fact.section}\u0000${fact.group}`;

/** Code-point order, the same on every machine (localeCompare is not). */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
