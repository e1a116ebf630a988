// Plain sentences for the product and customer pages, computed from the entity's rows: the
// monthly chart's takeaway, return rates against the shop's average, and why a customer counts
// as a shop or a private buyer. Pure functions over the fields they need; the words are in
// src/i18n/messages/entityTexts.ts, the numbers from the language's cached formatter.
import type { CustomerSalesRow, EntityMonthRow } from '../contracts/metrics.ts';
import type { Lang } from '../i18n/langs.ts';
import { entityTexts, type ShopComparison } from '../i18n/messages/entityTexts.ts';
import { toolsFor } from '../i18n/tools.ts';

/** Lift of a basket pair: 13.25 → "13.3×" / "13,3 ×" (1× = together no more often than chance). */
export const formatLift = (lang: Lang, lift: number) => entityTexts[lang].lift(toolsFor(lang).fmt.decimal(lift, 1));

/** The customer_type rule of pipeline/sql/intermediate/int_customers.sql, in its own numbers. */
export const SHOP_RULE = { medianUnitsPerLine: 6, averageOrder: 500 } as const;

/** Returned ÷ sold, or null when nothing was sold. */
export function returnRate(returned: number, sold: number): number | null {
  return sold > 0 ? Math.abs(returned) / sold : null;
}

/** The shop's average return rates: units from the monthly totals, value from the revenue totals. */
export function shopReturnRates(
  monthly: readonly { units_sold: number; units_returned: number }[],
  revenue: { gross: number; returns: number },
): { units: number | null; value: number | null } {
  const sold = monthly.reduce((sum, row) => sum + row.units_sold, 0);
  const returned = monthly.reduce((sum, row) => sum + Math.abs(row.units_returned), 0);
  return { units: returnRate(returned, sold), value: returnRate(revenue.returns, revenue.gross) };
}

/** How a rate stands against the shop's average, or null when there is nothing to compare. */
export function shopComparison(lang: Lang, rate: number | null, average: number | null): ShopComparison | null {
  if (rate === null || average === null || average <= 0) return null;
  if (rate === 0) return { kind: 'against' };
  const { fmt } = toolsFor(lang);
  const ratio = rate / average;
  if (ratio >= 1.95 && ratio < 2.05) return { kind: 'twice' };
  if (ratio >= 10) return { kind: 'times', ratio: fmt.count(ratio) };
  if (ratio >= 1.25) return { kind: 'times', ratio: fmt.decimal(Math.round(ratio * 10) / 10, 1) };
  if (ratio > 0.8) return { kind: 'close' };
  if (ratio >= 0.45 && ratio <= 0.55) return { kind: 'half' };
  return { kind: ratio < 0.25 ? 'wellBelow' : 'below' };
}

/**
 * "twice the shop average (3.6%)", "close to the shop average (3.6%)"; '' when there is nothing
 * to compare. `withAverage: false` leaves the shop's rate out (a table that shows it in a column).
 */
export function comparedWithShop(lang: Lang, rate: number | null, average: number | null, withAverage = true): string {
  const comparison = shopComparison(lang, rate, average);
  if (!comparison) return '';
  return entityTexts[lang].compared(comparison, withAverage ? toolsFor(lang).fmt.percent(average) : null);
}

/** "4.1% of units came back, close to the shop average (4.0%)"; "nothing came back". */
export function returnedUnitsPhrase(lang: Lang, unitsSold: number, unitsReturned: number, shopUnits: number | null): string {
  const t = entityTexts[lang];
  const { fmt } = toolsFor(lang);
  const returned = Math.abs(unitsReturned);
  if (unitsSold <= 0) return returned > 0 ? t.unitsBackNoSales(returned) : t.nothingSold;
  const average = shopUnits ? t.shopAverage(fmt.percent(shopUnits)) : '';
  if (returned === 0) return t.nothingBack(average);
  if (returned === unitsSold) return t.everyUnitBack(average);
  const rate = returned / unitsSold;
  const compared = comparedWithShop(lang, rate, shopUnits);
  const share = rate > 1 ? t.moreBackThanSold(fmt.percent(rate)) : t.shareBack(fmt.percent(rate));
  return compared ? t.shareBackCompared(share, compared) : share;
}

/**
 * The monthly chart's one line: when net revenue peaked and how much came back.
 * "Net revenue peaked in Nov 2010 at £27k; 5.5% of units came back, 1.4 times the shop average (4.0%)."
 */
export function entityMonthlyTakeaway(lang: Lang, rows: readonly EntityMonthRow[], shopUnits: number | null, currency: string): string {
  const t = entityTexts[lang];
  const { fmt } = toolsFor(lang);
  const sold = rows.reduce((sum, row) => sum + row.units_sold, 0);
  const returned = rows.reduce((sum, row) => sum + Math.abs(row.units_returned), 0);
  const selling = rows.filter((row) => row.units_sold > 0);
  if (selling.length === 0) return rows.length === 0 ? t.noSalesNoReturns : t.onlyReturns(returned);
  const peak = selling.reduce((best, row) => (row.net > best.net ? row : best));
  const back = returnedUnitsPhrase(lang, sold, returned, shopUnits);
  return selling.length === 1
    ? t.allSalesIn(fmt.month(peak.month), fmt.moneyShort(peak.gross, currency), back)
    : t.peakedIn(fmt.month(peak.month), fmt.moneyShort(peak.net, currency), back);
}

type CustomerTypeFields = Pick<CustomerSalesRow, 'customer_type' | 'median_units_per_line' | 'avg_order_value' | 'orders'>;

/** Why the customer is a shop or a private buyer, in their own numbers; then the rule itself. */
export function customerTypeReason(lang: Lang, row: CustomerTypeFields, currency: string): { label: string; reason: string; rule: string } {
  const t = entityTexts[lang];
  const { fmt } = toolsFor(lang);
  const { medianUnitsPerLine, averageOrder } = SHOP_RULE;
  const rule = t.shopRule(medianUnitsPerLine, fmt.money(averageOrder, currency));
  const median = row.median_units_per_line;
  const average = row.avg_order_value === null ? null : fmt.money(row.avg_order_value, currency);
  if (row.customer_type === 'shop') {
    if (median !== null && (median >= medianUnitsPerLine || average === null)) return { label: t.shopLabel, reason: t.shopByLines(median), rule };
    return { label: t.shopLabel, reason: average === null ? t.shopByLines(median ?? 0) : t.shopByOrder(average, median), rule };
  }
  if (row.orders === 0 || median === null) return { label: t.privateLabel, reason: t.privateNoPurchases, rule };
  return { label: t.privateLabel, reason: t.privateBoth(median, average), rule };
}
