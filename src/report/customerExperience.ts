// Shaping the Olist customer-experience rows for the page: how late the late orders were, the
// date the dashboard's "now" stands for, and ids short enough to read.
import type { Source } from '../contracts/report.ts';
import type { RankedBarRow } from '../charts/rankedBarChart.ts';
import type { Lang } from '../i18n/langs.ts';
import { experienceText } from '../i18n/messages/experience.ts';

/** Days late from (inclusive); each band runs to the next one, the last has no end. The query only returns orders ≥ 3 days late. */
const DAYS_LATE_FROM = [3, 7, 14, 21, 28];

/** Orders per band of days late ("3 to 7 days" … "28 days or more"), in band order; empty bands stay (a gap is a finding too). */
export function daysLateBins(lang: Lang, rows: { days_late: number }[]): RankedBarRow[] {
  const t = experienceText[lang].daysLate;
  const counts = DAYS_LATE_FROM.map(() => 0);
  for (const { days_late } of rows) {
    const band = DAYS_LATE_FROM.findLastIndex((from) => days_late >= from);
    counts[Math.max(band, 0)]! += 1;
  }
  return DAYS_LATE_FROM.map((from, index) => {
    const to = DAYS_LATE_FROM[index + 1];
    return { label: to === undefined ? t.orMore(from) : t.between(from, to), value: counts[index]! };
  });
}

/**
 * The dashboard queries measure "recent" from the latest purchase in the export (a snapshot):
 * the last purchase date over the sources that have one.
 */
export function latestPurchaseDate(sources: Pick<Source, 'last_invoice_date'>[]): string | null {
  const dates = sources.map((source) => source.last_invoice_date).filter((date): date is string => date !== null);
  return dates.length === 0 ? null : dates.sort().at(-1)!;
}

