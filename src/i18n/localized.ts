// A text the pipeline writes into the report: one string per language, so every page reads the
// sentence written for its language (with that language's numbers and plural rules) and a
// reviewer diffing two drops sees both. The report always carries every language; `--lang`
// only chooses which pages the site builds.
import { z } from 'zod';
import { LANGS, type Lang } from './langs.ts';

export type Localized = Record<Lang, string>;

export const localizedText = z.strictObject({ fr: z.string(), en: z.string() });

/** Calls `write` once per language: localize((lang) => stockText[lang].cover(row)). */
export function localize(write: (lang: Lang) => string): Localized {
  const out = {} as Localized;
  for (const lang of LANGS) out[lang] = write(lang);
  return out;
}

/** Joins localized parts language by language (a sentence built from several pieces). */
export function joinLocalized(parts: readonly Localized[], separator = ' '): Localized {
  return localize((lang) => parts.map((part) => part[lang]).filter(Boolean).join(separator));
}
