// The dataset nav for one dataset: SECTIONS (links.ts) without the sections its kind lacks,
// labelled in the dataset's words.
import type { Summary } from '../contracts/report.ts';
import { profileFor, wordsFor } from './datasetKind.ts';
import { SECTIONS, type Section } from './links.ts';

/** Sections a kind has only when its profile lists them (pipeline/kinds/<kind>/profile.ts); every other section is on every dataset. */
const OPTIONAL: readonly Section[] = ['customer-experience'];

export function hasSection(summary: Pick<Summary, 'kind'>, section: Section): boolean {
  return !OPTIONAL.includes(section) || profileFor(summary).extraSections.includes(section);
}

export function sectionsFor(summary: Pick<Summary, 'kind'>): { section: Section; label: string }[] {
  const words = wordsFor(summary);
  return SECTIONS.filter(({ section }) => hasSection(summary, section)).map((entry) =>
    entry.section === 'countries' ? { ...entry, label: words.Places } : entry,
  );
}
