// The dataset nav for one dataset: SECTIONS (links.ts) without the sections its kind lacks,
// labelled in the dataset's words.
import type { Summary } from '../contracts/report.ts';
import { profileFor, wordsFor } from './datasetKind.ts';
import { SECTIONS, type Section } from './links.ts';
import type { Lang } from '../i18n/langs.ts';
import { commonText } from '../i18n/messages/common.ts';

/** Sections a kind has only when its profile lists them (pipeline/kinds/<kind>/profile.ts); every other section is on every dataset. */
const OPTIONAL: readonly Section[] = ['customer-experience'];

export function hasSection(summary: Pick<Summary, 'kind'>, section: Section): boolean {
  return !OPTIONAL.includes(section) || profileFor(summary).extraSections.includes(section);
}

export function sectionsFor(summary: Pick<Summary, 'kind'>, lang: Lang): { section: Section; label: string }[] {
  const words = wordsFor(summary, lang);
  const names = commonText[lang].sections;
  return SECTIONS.filter((section) => hasSection(summary, section)).map((section) =>
    ({ section, label: section === 'countries' ? words.Places : names[section] }));
}

/** A section's name in the page's language, in the dataset's words (Countries → "States" on Olist). */
export function sectionLabel(summary: Pick<Summary, 'kind'>, lang: Lang, section: Section): string {
  return section === 'countries' ? wordsFor(summary, lang).Places : commonText[lang].sections[section];
}
