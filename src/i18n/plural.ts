// Plural forms from the platform's Intl.PluralRules (CLDR): French counts 0 and 1 as singular
// ("0 commande", "1,5 jour") and has a "many" form for round millions ("1 million de lignes").
import { LOCALE, type Lang } from './langs.ts';

export interface PluralForms {
  one: string;
  other: string;
  /** French "many" (1 000 000, 2 000 000 …); falls back to `other`. */
  many?: string;
}

const rules = new Map<Lang, Intl.PluralRules>();

export function pluralCategory(lang: Lang, count: number): Intl.LDMLPluralRule {
  let rule = rules.get(lang);
  if (!rule) rules.set(lang, (rule = new Intl.PluralRules(LOCALE[lang])));
  return rule.select(count);
}

/** The word for `count` in `lang`: plural('fr', 0, { one: 'commande', other: 'commandes' }) → "commande". */
export function plural(lang: Lang, count: number, forms: PluralForms): string {
  const category = pluralCategory(lang, count);
  if (category === 'one') return forms.one;
  if (category === 'many') return forms.many ?? forms.other;
  return forms.other;
}
