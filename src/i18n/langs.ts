// The report's languages. French first: the shop's management reads French; English is the twin.
export const LANGS = ['fr', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** The CLDR locale each language formats numbers and dates with. */
export const LOCALE: Record<Lang, string> = { fr: 'fr-FR', en: 'en-GB' };

/** Each language's name in itself, for the link to the twin page. */
export const LANG_NAME: Record<Lang, string> = { fr: 'Français', en: 'English' };

export const isLang = (value: unknown): value is Lang => typeof value === 'string' && (LANGS as readonly string[]).includes(value);

/** The other language of a page, for the link to its twin. */
export const otherLang = (lang: Lang): Lang => (lang === 'fr' ? 'en' : 'fr');

/**
 * `--lang fr,en` → ['fr', 'en'] (the order given, duplicates dropped). An unknown code throws, so
 * a typo does not build a site without the language the user asked for.
 */
export function parseLangs(list: string): Lang[] {
  const out: Lang[] = [];
  for (const raw of list.split(',')) {
    const code = raw.trim().toLowerCase();
    if (!code) continue;
    if (!isLang(code)) throw new Error(`unknown language "${raw.trim()}": the report is written in ${LANGS.join(' and ')}`);
    if (!out.includes(code)) out.push(code);
  }
  if (out.length === 0) throw new Error(`no language given: expected a list such as ${LANGS.join(',')}`);
  return out;
}
