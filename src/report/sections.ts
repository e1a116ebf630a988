// The dataset nav for one dataset: SECTIONS (links.ts) without the sections its kind lacks,
// labelled in the dataset's words.
import type { Summary } from '../contracts/report.ts';
import { kindOf, wordsFor, type DatasetKind } from './datasetKind.ts';
import { SECTIONS, type Section } from './links.ts';

/** Sections that only exist for some kinds; every other section is on every dataset. */
const ONLY_FOR: Partial<Record<Section, DatasetKind[]>> = {
  'customer-experience': ['olist'],
};

export function hasSection(summary: Pick<Summary, 'kind'>, section: Section): boolean {
  return ONLY_FOR[section]?.includes(kindOf(summary)) ?? true;
}

export function sectionsFor(summary: Pick<Summary, 'kind'>): { section: Section; label: string }[] {
  const words = wordsFor(summary);
  return SECTIONS.filter(({ section }) => hasSection(summary, section)).map((entry) =>
    entry.section === 'countries' ? { ...entry, label: words.Places } : entry,
  );
}
