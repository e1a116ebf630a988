// A report file's `definition` and `grain` in the page's language. The pipeline writes them in
// English (SQL header comments, pipeline/sql/**, or the TS producer of the file); the French is
// looked up in src/i18n/messages/definitions*.ts, sentence by sentence: a definition is split after
// each ". ", and at each point the longest run of sentences that has a French entry is taken (so a
// multi-sentence piece such as a recommendation method's description is one entry). A text with
// a sentence that has no French throws: the French site never shows an English definition.
import type { Lang } from '../i18n/langs.ts';
import { DEFINITIONS_FR } from '../i18n/messages/definitions.ts';

const CATALOGUES = 'src/i18n/messages/definitions*.ts';

/** The sentences of a definition, as the catalogues key them. */
export function definitionSentences(english: string): string[] {
  return english.trim().split(/(?<=\.)\s+/).filter(Boolean);
}

const cache = new Map<string, string>();

function french(english: string, what: 'definition' | 'grain', source?: string): string {
  const known = cache.get(english);
  if (known !== undefined) return known;
  const whole = DEFINITIONS_FR[english];
  if (whole !== undefined) return whole;
  const sentences = definitionSentences(english);
  const out: string[] = [];
  for (let i = 0; i < sentences.length; ) {
    let j = sentences.length;
    for (; j > i; j--) {
      const fr = DEFINITIONS_FR[sentences.slice(i, j).join(' ')];
      if (fr !== undefined) {
        out.push(fr);
        break;
      }
    }
    if (j === i) {
      const where = source ? `${source}: ` : '';
      throw new Error(
        `${where}no French for this ${what}: "${english.slice(0, 100)}${english.length > 100 ? '…' : ''}" ` +
          `(missing sentence: "${sentences[i]}"). The French pages show no English text. ` +
          `Add the sentence, exactly as the report file has it, with its French to ${CATALOGUES} (the file of its area).`,
      );
    }
    i = j;
  }
  const text = out.join(' ');
  cache.set(english, text);
  return text;
}

/** A file's definition in `lang`: English as written, French from the catalogues (throws when one is missing). */
export function definitionIn(lang: Lang, english: string, source?: string): string {
  return lang === 'en' ? english : french(english, 'definition', source);
}

/** A file's grain in `lang`: English as written, French from the catalogues (throws when one is missing). */
export function grainIn(lang: Lang, english: string, source?: string): string {
  return lang === 'en' ? english : french(english, 'grain', source);
}
