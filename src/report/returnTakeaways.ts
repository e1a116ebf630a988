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
