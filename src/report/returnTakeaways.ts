// Takeaways for the return rankings. A ranking by value can be topped by one huge cancelled
// order rather than a customer who returns a lot; these sentences say which it is.
import type { CustomerSalesRow, ProductSalesRow } from '../contracts/metrics.ts';
import { formatCount, formatMoneyShort, formatRate } from './format.ts';

type Money = { currency: string };
type CustomerReturns = Pick<CustomerSalesRow, 'customer_id' | 'gross' | 'returns' | 'return_lines' | 'units_returned'>;
type ProductReturns = Pick<ProductSalesRow, 'description' | 'returns' | 'units_returned' | 'units_sold'>;

const NEARLY_ALL = 0.9;
const units = (count: number) => `${formatCount(count)} ${count === 1 ? 'unit' : 'units'}`;

/**
 * "Customer 16446 has the largest returns by value: £168k, all from a single cancelled order of
 * 80,995 units, nearly everything they bought." One return line means one cancelled order line.
 */
export function largestCustomerReturnsTakeaway(rows: CustomerReturns[], { currency }: Money): string {
  const first = rows[0];
  if (!first || first.returns === 0) return 'No customer returned anything.';
  const lead = `Customer ${first.customer_id} has the largest returns by value: ${formatMoneyShort(Math.abs(first.returns), currency)}`;
  if (first.return_lines !== 1) return `${lead}, over ${formatCount(first.return_lines)} return lines.`;
  return `${lead}, all from a single cancelled order of ${units(first.units_returned)}${shareOfPurchases(first)}.`;
}

function shareOfPurchases({ gross, returns }: CustomerReturns): string {
  const share = gross > 0 ? Math.abs(returns) / gross : 0;
  if (share >= 1) return ', everything they bought';
  return share >= NEARLY_ALL ? ', nearly everything they bought' : '';
}

/** "“PAPER CRAFT” has the largest returned value: £168k; all 80,995 units sold came back." */
export function mostReturnedProductTakeaway(rows: ProductReturns[], { currency }: Money): string {
  const first = rows[0];
  if (!first || first.returns === 0) return 'No product was returned.';
  const lead = `“${first.description}” has the largest returned value: ${formatMoneyShort(Math.abs(first.returns), currency)}`;
  if (first.units_sold > 0 && first.units_returned >= first.units_sold) return `${lead}; all ${units(first.units_sold)} sold came back.`;
  return `${lead}; ${formatCount(first.units_returned)} of ${units(first.units_sold)} sold came back.`;
}

/** "Customer 12346 has the highest return rate: 45.0 % of units sold came back." */
export function highestReturnRateTakeaway(rows: { label: string; rate: number | null }[], noun: string, basis: 'units' | 'value'): string {
  const first = rows[0];
  if (!first || first.rate === null) return `No ${noun} with enough sales to be ranked returned anything: there is no return rate to compare.`;
  const measure = basis === 'units' ? 'return rate' : 'return rate by value';
  const what = basis === 'units' ? 'of units sold' : 'of the value sold';
  return `${first.label} has the highest ${measure}: ${formatRate(first.rate)} ${what} came back.`;
}

type LedgerBucket = { rule: string; rows: number; revenue: number };
export interface Reversals {
  /** Sale-and-cancellation pairs left out as order-entry reversals (ledger rules reversed_*). */
  pairs: number;
  /** Value of the cancelled side, which would otherwise count as returned. */
  value: number;
  /** Value returned ÷ gross, as the report counts it (reversals left out)… */
  rateWithout: number | null;
  /** …and as it would be with the reversals counted as sales and returns. */
  rateWith: number | null;
}

/** The reversal figures of a ledger, or null when its kind has no such rule or none was found. */
export function reversalsOf(buckets: readonly LedgerBucket[], revenue: { gross: number; returns: number }): Reversals | null {
  const sales = buckets.find((b) => b.rule === 'reversed_sale');
  const cancels = buckets.find((b) => b.rule === 'reversed_cancellation');
  if (!sales || !cancels || cancels.rows === 0) return null;
  const returned = Math.abs(revenue.returns);
  const value = Math.abs(cancels.revenue);
  const rate = (part: number, whole: number) => (whole > 0 ? part / whole : null);
  return { pairs: cancels.rows, value, rateWithout: rate(returned, revenue.gross), rateWith: rate(returned + value, revenue.gross + Math.abs(sales.revenue)) };
}

/**
 * "1,002 sales were cancelled within 60 minutes … (£313k): left out as order-entry reversals.
 * Counted as returns, they would raise the return rate by value from 2.1 % to 3.7 %."
 */
export function reversalsSentence(reversals: Reversals | null, { currency }: Money): string | null {
  if (!reversals) return null;
  const { pairs, value, rateWith, rateWithout } = reversals;
  const what = pairs === 1 ? 'One sale was' : `${formatCount(pairs)} sales were`;
  const lead = `${what} cancelled within 60 minutes by the same customer, for the same product, quantity and price (${formatMoneyShort(value, currency)}): ` +
    'order-entry corrections, not goods sent back, so both the sale and its cancellation are left out of every figure here.';
  if (rateWith === null || rateWithout === null) return lead;
  return `${lead} Counted as returns, they would raise the return rate by value from ${formatRate(rateWithout)} to ${formatRate(rateWith)}.`;
}
