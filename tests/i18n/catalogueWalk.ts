// Reads every message catalogue (src/i18n/messages/*.ts register themselves) and the English
// sentences in them, for the catalogue test and the French-page leak check.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { catalogues, type Message, type Messages } from '../../src/i18n/catalogue.ts';
import { projectRoot } from '../helpers/buildReport.ts';

export async function loadCatalogues(): Promise<typeof catalogues> {
  const folder = join(projectRoot, 'src/i18n/messages');
  for (const file of readdirSync(folder).filter((f) => f.endsWith('.ts')).sort()) await import(join(folder, file));
  return catalogues;
}

export interface Pair {
  path: string;
  en: Message;
  fr: Message | undefined;
}

/** Every leaf of a catalogue, English beside French, by key path (`stock.reason.cover`). */
export function leaves(en: Messages, fr: Messages, path = ''): Pair[] {
  const out: Pair[] = [];
  for (const key of Object.keys(en)) {
    const at = path ? `${path}.${key}` : key;
    const e = en[key] as Message;
    const f = (fr as Record<string, Message | undefined>)[key];
    if (e && typeof e === 'object' && !Array.isArray(e) && f && typeof f === 'object' && !Array.isArray(f)) out.push(...leaves(e as Messages, f as Messages, at));
    else if (Array.isArray(e) && Array.isArray(f)) e.forEach((item, i) => out.push({ path: `${at}[${i}]`, en: item as Message, fr: (f as Message[])[i] }));
    else out.push({ path: at, en: e, fr: f });
  }
  return out;
}

const STOPWORDS = new Set(['the', 'and', 'of', 'with', 'which', 'is', 'are', 'was', 'were', 'by', 'from', 'this', 'that', 'than', 'not', 'only', 'every', 'each', 'to', 'for', 'it', 'they', 'their', 'what', 'how', 'when', 'who', 'has', 'have', 'been', 'would', 'could', 'should', 'more', 'less', 'there', 'no', 'in', 'at', 'per', 'an']);
// Not 'a' nor 'on': French words too (« il a », « on ne conseille »).

/** Whether a text reads as English prose: at least `min` English function words, as words. */
export function looksEnglish(text: string, min = 3): boolean {
  // Column names (`order_more`, `units_on_hand`) are code, in either language.
  const words = text.replace(/\b[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+\b/g, ' ').toLowerCase().match(/[a-z’']+/g) ?? [];
  const found = new Set(words.filter((w) => STOPWORDS.has(w)));
  return found.size >= min;
}

/** The English static sentences of every catalogue (three words or more): none may appear on a French page. */
export async function englishSentences(): Promise<string[]> {
  const out = new Set<string>();
  for (const catalogue of (await loadCatalogues()).values()) {
    for (const { en, fr } of leaves(catalogue.en, catalogue.fr)) {
      if (typeof en === 'string' && en !== fr && en.trim().split(/\s+/).length >= 3) out.add(en.trim());
    }
  }
  return [...out].sort();
}
