// Shaping the Olist customer-experience rows for the page: how late the late orders were, the
// date the dashboard's "now" stands for, and ids short enough to read.
import type { Source } from '../contracts/report.ts';
import type { RankedBarRow } from '../charts/rankedBarChart.ts';

/** Days late from (inclusive) → bar label; the query only returns orders ≥ 3 days late. */
const DAYS_LATE_BINS: { from: number; label: string }[] = [
  { from: 3, label: '3 to 7 days' },
  { from: 7, label: '7 to 14 days' },
  { from: 14, label: '14 to 21 days' },
  { from: 21, label: '21 to 28 days' },
  { from: 28, label: '28 days or more' },
];

/** Orders per band of days late, in band order; empty bands stay (a gap is a finding too). */
export function daysLateBins(rows: { days_late: number }[]): RankedBarRow[] {
  const counts = DAYS_LATE_BINS.map(() => 0);
  for (const { days_late } of rows) {
    const band = DAYS_LATE_BINS.findLastIndex(({ from }) => days_late >= from);
    counts[Math.max(band, 0)]! += 1;
  }
  return DAYS_LATE_BINS.map(({ label }, index) => ({ label, value: counts[index]! }));
}

/**
 * The dashboard queries measure "recent" from the latest purchase in the export (a snapshot):
 * the last purchase date over the sources that have one.
 */
export function latestPurchaseDate(sources: Pick<Source, 'last_invoice_date'>[]): string | null {
  const dates = sources.map((source) => source.last_invoice_date).filter((date): date is string => date !== null);
  return dates.length === 0 ? null : dates.sort().at(-1)!;
}

