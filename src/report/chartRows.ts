// Rows for ranked bar charts from report rows: the first bars of a ranking, labelled the way
// the tables name products and customers.
import type { Lang } from '../i18n/langs.ts';
import { countryName } from './countryNames.ts';
import type { RankedBarRow } from '../charts/rankedBarChart.ts';
import { descriptionNamesId, shortId } from './shortId.ts';

/** Bars per ranking chart; the table below shows more. */
export const CHART_BARS = 15;

/** Products by description and stock code: several codes share a description (Olist descriptions already name theirs). */
export function productBars<Row extends { stock_code: string; description: string }>(rows: Row[], value: (row: Row) => number): RankedBarRow[] {
  return rows.slice(0, CHART_BARS).map((row) => ({ label: row.description, code: descriptionNamesId(row.stock_code, row.description) ? null : row.stock_code, value: value(row) }));
}

/** Customers by number and country, "12346 · United Kingdom"; long ids (Olist) cut to 8 digits so the place still shows. */
export function customerBars<Row extends { customer_id: string; country: string }>(rows: Row[], value: (row: Row) => number, lang: Lang = 'en'): RankedBarRow[] {
  return rows.slice(0, CHART_BARS).map((row) => ({ label: `${shortId(row.customer_id)} · ${countryName(lang, row.country)}`, value: value(row) }));
}
