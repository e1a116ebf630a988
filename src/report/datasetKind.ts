// What kind of export a dataset was built from, and the words the pages use for it. Everything
// that differs by kind lives in the kind's profile (pipeline/kinds/<kind>/profile.ts).
import type { Summary } from '../contracts/report.ts';
import { KIND_PROFILES, profileOf } from '../../pipeline/kinds/profiles.ts';
import type { DatasetKind, KindProfile, KindWords } from '../../pipeline/kinds/types.ts';
import type { Lang } from '../i18n/langs.ts';
import type { Localized } from '../i18n/localized.ts';

export type { DatasetKind };
export type Words = KindWords;

/** Reports written before `kind` existed are all shop exports. */
export function kindOf(summary: Pick<Summary, 'kind'>): DatasetKind {
  return summary.kind ?? 'online_retail';
}

export const KIND_LABELS = Object.fromEntries(Object.values(KIND_PROFILES).map((p) => [p.kind, p.label])) as Record<DatasetKind, Localized>;

export function profileFor(summary: Pick<Summary, 'kind'>): KindProfile {
  return profileOf(summary.kind);
}

/** The kind's words in one language: wordsFor(summary, 'fr').invoices → "commandes" on Olist. */
export function wordsFor(summary: Pick<Summary, 'kind'>, lang: Lang): Words {
  return profileFor(summary).words[lang];
}
