// Plain sentences for the product and customer pages, computed from the entity's rows: the
// monthly chart's takeaway, return rates against the shop's average, and why a customer counts
// as a shop or a private buyer. Pure functions over the fields they need.
import type { CustomerSalesRow, EntityMonthRow } from '../contracts/metrics.ts';
import { formatCount, formatMoney, formatMoneyShort, formatMonth, formatRate } from './format.ts';

// As format.ts's formatDecimal (up to one decimal), with the Intl object made once: these
// sentences are built for every product and customer page, and formatDecimal makes one per call.
const oneDecimalAtMost = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });
const formatDecimal = (value: number) => oneDecimalAtMost.format(value).replace('-', '−');

/** Lift of a basket pair: 13.25 → "13.3×" (1× = together no more often than chance). */
export const formatLift = (lift: number) => `${formatDecimal(lift)}×`;

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

/** "twice the shop average (3.6 %)", "close to the shop average (3.6 %)", "a third of the shop average (3.6 %)". */
export function comparedWithShop(rate: number | null, average: number | null): string {
  if (rate === null || average === null || average <= 0) return '';
  const shop = `the shop average (${formatRate(average)})`;
  if (rate === 0) return `against ${shop}`;
  const ratio = rate / average;
  if (ratio >= 1.95 && ratio < 2.05) return `twice ${shop}`;
  if (ratio >= 10) return `${formatCount(ratio)} times ${shop}`;
  if (ratio >= 1.25) return `${formatDecimal(Math.round(ratio * 10) / 10)} times ${shop}`;
  if (ratio > 0.8) return `close to ${shop}`;
  if (ratio >= 0.45 && ratio <= 0.55) return `half ${shop}`;
  return ratio < 0.25 ? `well below ${shop}` : `below ${shop}`;
}

/** "4.1 % of units came back, close to the shop average (4.0 %)"; "nothing came back". */
export function returnedUnitsPhrase(unitsSold: number, unitsReturned: number, shopUnits: number | null): string {
  const returned = Math.abs(unitsReturned);
  if (unitsSold <= 0) return returned > 0 ? `${units(returned)} came back, with no sales in the period` : 'nothing was sold';
  const average = shopUnits ? ` (shop average ${formatRate(shopUnits)})` : '';
  if (returned === 0) return `nothing came back${average}`;
  if (returned === unitsSold) return `every unit sold came back${average}`;
  const rate = returned / unitsSold;
  const compared = comparedWithShop(rate, shopUnits);
  const share = rate > 1 ? `more units came back than were sold in the period (${formatRate(rate)})` : `${formatRate(rate)} of units came back`;
  return compared ? `${share}, ${compared}` : share;
}

/**
 * The monthly chart's one line: when net revenue peaked and how much came back.
 * "Net revenue peaked in Nov 2010 at £27k; 5.5 % of units came back, 1.4 times the shop average (4.0 %)."
 */
export function entityMonthlyTakeaway(rows: readonly EntityMonthRow[], shopUnits: number | null, currency: string): string {
  const sold = rows.reduce((sum, row) => sum + row.units_sold, 0);
  const returned = rows.reduce((sum, row) => sum + Math.abs(row.units_returned), 0);
  const selling = rows.filter((row) => row.units_sold > 0);
  if (selling.length === 0) return rows.length === 0 ? 'No sales or returns in this period.' : `No sales in this period, only returns: ${units(returned)}.`;
  const peak = selling.reduce((best, row) => (row.net > best.net ? row : best));
  const lead = selling.length === 1
    ? `All sales fell in ${formatMonth(peak.month)} (${formatMoneyShort(peak.gross, currency)})`
    : `Net revenue peaked in ${formatMonth(peak.month)} at ${formatMoneyShort(peak.net, currency)}`;
  return `${lead}; ${returnedUnitsPhrase(sold, returned, shopUnits)}.`;
}

type CustomerTypeFields = Pick<CustomerSalesRow, 'customer_type' | 'median_units_per_line' | 'avg_order_value' | 'orders'>;

/** Why the customer is a shop or a private buyer, in their own numbers; then the rule itself. */
export function customerTypeReason(row: CustomerTypeFields, currency: string): { label: string; reason: string; rule: string } {
  const { medianUnitsPerLine, averageOrder } = SHOP_RULE;
  const rule = `A customer counts as a shop when the median sale line holds ${medianUnitsPerLine} units or more (shops buy in trade packs of 6, 12 or 24), ` +
    `or when the average order is worth ${formatMoney(averageOrder, currency)} or more (a shop restocking many products a few at a time); everyone else is a private buyer.`;
  const median = row.median_units_per_line;
  const average = row.avg_order_value;
  const lineText = median === null ? '' : `the median sale line holds ${formatDecimal(median)} ${median === 1 ? 'unit' : 'units'}`;
  const orderText = average === null ? '' : `the average order is worth ${formatMoney(average, currency)}`;
  if (row.customer_type === 'shop') {
    if (median !== null && median >= medianUnitsPerLine) return { label: 'Shop', reason: `Buys like a shop: ${lineText}.`, rule };
    return { label: 'Shop', reason: `Buys like a shop: ${orderText}${lineText ? `, although ${lineText}` : ''}.`, rule };
  }
  if (row.orders === 0 || median === null) return { label: 'Private buyer', reason: 'Counted as a private buyer: no purchases in the period, only returns.', rule };
  return { label: 'Private buyer', reason: `Buys like a private customer: ${lineText} and ${orderText}, both below the shop thresholds.`, rule };
}

const units = (count: number) => `${formatCount(count)} ${count === 1 ? 'unit' : 'units'}`;
