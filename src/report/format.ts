// The report's formats, bound to its locale: thin names over src/format/formatter.ts, so pages and
// view models keep calling `formatMoney(value, currency)` while the output has one source.
import { formatterFor } from '../format/formatter.ts';

const en = formatterFor();

/** 1234567.8 → "£1,234,568"; 12.5 → "£12.50" (pence below 100); negative → "−£1,235". */
export const formatMoney = (value: number, currency: string): string => en.money(value, currency);

/** Short money for prose: £1.2m, £45k, £3.4k, £950. */
export const formatMoneyShort = (value: number, currency: string): string => en.moneyShort(value, currency);

/** "GBP" → "£", "BRL" → "R$". */
export const currencySymbol = (currency: string): string => en.currencySymbol(currency);

/** 1067370 → "1,067,370". */
export const formatCount = (value: number): string => en.count(value);

/** Up to one decimal, for medians and averages of counts: 6.5 → "6.5", 12 → "12". */
export const formatDecimal = (value: number): string => en.decimal(value);

/** A mean review score (1–5) with two decimals, so close scores stay apart: 4.2465 → "4.25". */
export const formatScore = (value: number): string => en.score(value);

/** Fraction → percent with one decimal: 0.1234 → "12.3%"; null → "–". */
export const formatRate = (fraction: number | null): string => en.percent(fraction);

/** Like formatRate but always signed: "+4.0%", "−42.1%". */
export const formatChange = (fraction: number | null): string => en.change(fraction);

/** "2010-11" → "Nov 2010". */
export const formatMonth = (isoMonth: string): string => en.month(isoMonth);

/** 1 → "Jan", 9 → "Sept". */
export const formatMonthOfYear = (month: number): string => en.monthOfYear(month);

/** "2011-01-03" → "3 Jan". */
export const formatDayMonth = (isoDate: string): string => en.dayMonth(isoDate);

/** "2010-12-09" → "9 Dec 2010". */
export const formatDate = (isoDate: string | null): string => en.date(isoDate);

/** "2009-12-01" … "2011-12-09" → "1 Dec 2009 – 9 Dec 2011". */
export const formatPeriod = (period: { from: string; to: string }): string => en.period(period);

/** A metric definition for readers: the sentences that name data fields (`share_net = …`) left out. */
export function withoutFieldNames(definition: string): string {
  const sentences = definition.split(/(?<=\.)\s+/);
  return sentences.filter((sentence) => !/\b[a-z]+_[a-z_]+\b/.test(sentence)).join(' ');
}
