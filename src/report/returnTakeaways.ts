// Takeaways for the return rankings. A ranking by value can be topped by one huge cancelled
// order rather than a customer who returns a lot; these sentences say which it is.
import type { CustomerSalesRow, ProductSalesRow } from '../contracts/metrics.ts';
import type { Lang } from '../i18n/langs.ts';
import { salesReturnTakeawaysText, type ShareOfPurchases } from '../i18n/messages/salesReturnTakeaways.ts';
import { toolsFor } from '../i18n/tools.ts';
import { customerName } from './takeaways.ts';

type Money = { currency: string };
type CustomerReturns = Pick<CustomerSalesRow, 'customer_id' | 'gross' | 'returns' | 'return_lines' | 'units_returned'>;
type ProductReturns = Pick<ProductSalesRow, 'description' | 'returns' | 'units_returned' | 'units_sold'>;

const NEARLY_ALL = 0.9;

/**
 * "Customer 16446 has the largest returns by value: £168k, all from a single cancelled order of
 * 80,995 units, nearly everything they bought." One return line means one cancelled order line.
 */
export function largestCustomerReturnsTakeaway(lang: Lang, rows: CustomerReturns[], { currency }: Money): string {
  const t = salesReturnTakeawaysText[lang];
  const first = rows[0];
  if (!first || first.returns === 0) return t.noCustomerReturns;
  const who = customerName(lang, first.customer_id);
  const amount = toolsFor(lang).fmt.moneyShort(Math.abs(first.returns), currency);
  if (first.return_lines !== 1) return t.customerManyLines(who, amount, first.return_lines);
  return t.customerSingleOrder(who, amount, first.units_returned, shareOfPurchases(first));
}

function shareOfPurchases({ gross, returns }: CustomerReturns): ShareOfPurchases {
  const share = gross > 0 ? Math.abs(returns) / gross : 0;
  if (share >= 1) return 'all';
  return share >= NEARLY_ALL ? 'nearly' : null;
}

/** "“PAPER CRAFT” has the largest returned value: £168k; all 80,995 units sold came back." */
export function mostReturnedProductTakeaway(lang: Lang, rows: ProductReturns[], { currency }: Money): string {
  const t = salesReturnTakeawaysText[lang];
  const first = rows[0];
  if (!first || first.returns === 0) return t.noProductReturns;
  const amount = toolsFor(lang).fmt.moneyShort(Math.abs(first.returns), currency);
  if (first.units_sold > 0 && first.units_returned >= first.units_sold) return t.productAllBack(first.description, amount, first.units_sold);
  return t.productPartBack(first.description, amount, first.units_returned, first.units_sold);
}

/**
 * "Customer 12346 has the highest return rate by value: 45.0% of the value sold came back."
 * `subject` names the row as the sentence starts: a quoted description, or customerName().
 */
export function highestReturnRateTakeaway(lang: Lang, rows: { subject: string; rate: number | null }[], noun: 'product' | 'customer', basis: 'units' | 'value'): string {
  const t = salesReturnTakeawaysText[lang];
  const first = rows[0];
  if (!first || first.rate === null) return t.noRate[noun];
  const rate = toolsFor(lang).fmt.percent(first.rate);
  return basis === 'units' ? t.highestRateUnits(first.subject, rate) : t.highestRateValue(first.subject, rate);
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
 * Counted as returns, they would raise the return rate by value from 2.1% to 3.7%."
 */
export function reversalsSentence(lang: Lang, reversals: Reversals | null, { currency }: Money): string | null {
  if (!reversals) return null;
  const t = salesReturnTakeawaysText[lang];
  const { fmt } = toolsFor(lang);
  const { pairs, value, rateWith, rateWithout } = reversals;
  const lead = t.reversals(pairs, fmt.moneyShort(value, currency));
  if (rateWith === null || rateWithout === null) return lead;
  return `${lead} ${t.reversalsRates(fmt.percent(rateWithout), fmt.percent(rateWith))}`;
}
