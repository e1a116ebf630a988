// What a catalogue's messages use to write figures: each language's formatter (Intl.NumberFormat /
// DateTimeFormat, CLDR), plural rules (Intl.PluralRules) and list format (Intl.ListFormat).
// fr: "1 234 568 £", "12,3 %", "9 déc. 2011", "3 produits", "A, B et C";
// en: "£1,234,568", "12.3%", "9 Dec 2011", "3 products", "A, B and C".
import { formatterFor, type Formatter } from '../format/formatter.ts';
import { LOCALE, type Lang } from './langs.ts';
import { plural, type PluralForms } from './plural.ts';

export interface LangTools {
  lang: Lang;
  fmt: Formatter;
  /** The word alone: words(2, 'produit', 'produits') → "produits". */
  word(count: number, one: string, other: string, many?: string): string;
  /** Count and word: n(1234, 'produit', 'produits') → "1 234 produits". */
  n(count: number, one: string, other: string, many?: string): string;
  /** "A, B et C" / "A, B and C". */
  list(items: readonly string[], type?: 'conjunction' | 'disjunction'): string;
  /** Quotation marks of the language around a data string: « … » / “…”. */
  quote(text: string): string;
}

const made = new Map<Lang, LangTools>();

export function toolsFor(lang: Lang): LangTools {
  let tools = made.get(lang);
  if (tools) return tools;
  const fmt = formatterFor(LOCALE[lang]);
  const lists = new Map<string, Intl.ListFormat>();
  const word = (count: number, one: string, other: string, many?: string) => plural(lang, count, { one, other, many } satisfies PluralForms);
  tools = {
    lang,
    fmt,
    word,
    n: (count, one, other, many) => `${fmt.count(count)}${lang === 'fr' ? '\u00a0' : ' '}${word(count, one, other, many)}`,
    list(items, type = 'conjunction') {
      let format = lists.get(type);
      if (!format) lists.set(type, (format = new Intl.ListFormat(LOCALE[lang], { style: 'long', type })));
      return format.format(items);
    },
    quote: (text) => (lang === 'fr' ? `«\u00a0${text}\u00a0»` : `“${text}”`),
  };
  made.set(lang, tools);
  return tools;
}

export const fr = toolsFor('fr');
export const en = toolsFor('en');
