// How the diff writes a figure: as written in the report (its own decimals, up to 4), with
// thousands separators, a real minus sign, and changes always signed — in each language
// (`npm run diff` prints the English; since_previous.json carries both).
import { formatterFor } from '../../src/format/formatter.ts';
import { LOCALE, type Lang } from '../../src/i18n/langs.ts';
import { localize, type Localized } from '../../src/i18n/localized.ts';
import { changesFactsText } from '../../src/i18n/messages/changesFacts.ts';

export type Value = string | number | boolean | null;

export interface DiffFormat {
  lang: Lang;
  /** A value as written: 1234.5 → `1,234.5` / `1 234,5`, 0.0606 → `0.0606`, null → `none`, text quoted only when empty. */
  show(value: Value, currency?: string): string;
  /** Money with its pence: `£18,926,280.93`, `−£5.00` / `18 926 280,93 £`. */
  money(value: number, currency: string): string;
  /** A signed change: `+1,234`, `−0.0125`, `+£3.50`; 0 → `±0`. */
  signed(delta: number, currency?: string): string;
  /** `+94.2 %` / `+94,2 %`; null (from zero) → null. */
  percent(relative: number | null): string | null;
  /** `old → new (+delta, +x %)`, the % left out when the old value is 0 or either is not a number. */
  change(old: Value, now: Value, currency?: string): string;
  /** A share as a percentage, its change in points: `6.9 % → 14.1 % (+7.2 points)`. */
  shareChange(old: Value, now: Value): string;
  sharePercent(v: Value): string;
  count(n: number): string;
  /** An ISO day as the language writes it: English keeps `2011-02-01`, French `1 févr. 2011`. */
  day(iso: string | null): string;
}

const made = new Map<Lang, DiffFormat>();

export function diffFormat(lang: Lang): DiffFormat {
  const known = made.get(lang);
  if (known) return known;
  const f = formatterFor(LOCALE[lang]);
  const t = changesFactsText[lang];
  const pct = (text: string) => (lang === 'en' ? text.replace('%', ' %') : text);
  const self: DiffFormat = {
    lang,
    show(value, currency) {
      if (value === null) return t.none;
      if (typeof value === 'number') return currency ? self.money(value, currency) : f.decimal(value, 4);
      if (typeof value === 'boolean') return String(value);
      return value === '' ? '""' : value;
    },
    money(value, currency) {
      const amount = f.decimal(Math.abs(value), 2, 2);
      const text = lang === 'en' ? `${f.currencySymbol(currency)}${amount}` : `${amount}\u00a0${f.currencySymbol(currency)}`;
      return value < 0 ? `\u2212${text}` : text;
    },
    signed(delta, currency) {
      if (delta === 0) return '±0';
      const text = currency ? self.money(Math.abs(delta), currency) : f.decimal(Math.abs(delta), 4);
      return `${delta > 0 ? '+' : '\u2212'}${text}`;
    },
    percent: (relative) => (relative === null ? null : pct(f.change(relative, 1))),
    change(old, now, currency) {
      const arrow = `${self.show(old, currency)} → ${self.show(now, currency)}`;
      if (typeof old !== 'number' || typeof now !== 'number') return arrow;
      const p = self.percent(relativeChange(old, now));
      return `${arrow} (${self.signed(round(now - old), currency)}${p ? `, ${p}` : ''})`;
    },
    shareChange(old, now) {
      if (typeof old !== 'number' || typeof now !== 'number') return `${self.sharePercent(old)} → ${self.sharePercent(now)}`;
      const points = Math.round((now - old) * 1000) / 10;
      const signedPoints = points === 0 ? '±0' : `${points > 0 ? '+' : '\u2212'}${f.decimal(Math.abs(points), 1, 1)}`;
      return `${self.sharePercent(old)} → ${self.sharePercent(now)} (${signedPoints} ${t.points})`;
    },
    sharePercent: (v) => (typeof v === 'number' ? pct(f.percent(v, 1)) : self.show(v)),
    count: (n) => f.count(n),
    day: (iso) => (iso === null ? t.noDate : lang === 'en' ? iso : f.date(iso)),
  };
  made.set(lang, self);
  return self;
}

/** One line of the diff in every language: `say((t, f) => t.figure(label, f.change(a, b)))`. */
export function say(write: (t: (typeof changesFactsText)[Lang], f: DiffFormat, lang: Lang) => string): Localized {
  return localize((lang) => write(changesFactsText[lang], diffFormat(lang), lang));
}

/**
 * A text read from a report, old or new: reports written before the French existed hold plain
 * strings (English); newer ones `{ fr, en }`. Anything else is not a text (undefined).
 */
export function textOf(value: unknown, lang: Lang = 'en'): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'object' && value !== null && typeof (value as Record<string, unknown>)[lang] === 'string') return (value as Record<Lang, string>)[lang];
  return undefined;
}

export function relativeChange(old: number, now: number): number | null {
  return old === 0 ? null : (now - old) / Math.abs(old);
}

/** Differences of rounded figures, without the float tail (0.1 + 0.2). */
export function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

// The English, as `npm run diff` prints it.
const english = diffFormat('en');
export const show = english.show;
export const money = english.money;
export const signed = english.signed;
export const percent = english.percent;
export const change = english.change;
export const shareChange = english.shareChange;
export const sharePercent = english.sharePercent;
export const count = english.count;

/** `1 product`, `2 products` (the CLI's own words). */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${english.count(n)} ${n === 1 ? one : many}`;
}
