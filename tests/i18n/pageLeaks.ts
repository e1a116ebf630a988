// English left on a French page: a sentence of an English catalogue, or any stretch of text that
// reads as English prose (three English function words). Data strings are exempt where the page
// marks them (translate="no": product names, ids), as are code, scripts and styles.
import { parseHTML } from 'linkedom';
import { looksEnglish } from './catalogueWalk.ts';

/** The reader-facing texts of a page: text nodes and the labels screen readers and tooltips read. */
export function pageTexts(html: string): string[] {
  const { document } = parseHTML(html);
  for (const node of document.querySelectorAll('script, style, code, pre, [translate="no"]')) node.remove();
  const out: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (text) out.push(text);
      return;
    }
    if (node.nodeType === 1) {
      const element = node as Element;
      for (const name of ['aria-label', 'title', 'alt', 'placeholder']) {
        const value = element.getAttribute(name);
        if (value) out.push(value);
      }
    }
    for (const child of Array.from(node.childNodes)) walk(child);
  };
  walk(document.documentElement);
  return out;
}

/** What reads as English on a French page: each leak once, shortened for the test's message. */
export function frenchPageLeaks(html: string, englishSentences: readonly string[]): string[] {
  const texts = pageTexts(html);
  const whole = texts.join('\n');
  const leaks = new Set<string>();
  for (const sentence of englishSentences) if (whole.includes(sentence)) leaks.add(`catalogue: ${sentence.slice(0, 90)}`);
  for (const text of texts) if (looksEnglish(text)) leaks.add(`prose: ${text.slice(0, 90)}`);
  return [...leaks];
}
