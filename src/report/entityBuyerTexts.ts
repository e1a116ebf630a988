// Sentences of the product page's "Who buys it" and the customer page's "What they return",
// from the rows of product_customer_split and customer_returned_products.
import type { CustomerReturnedProductRow, ProductCustomerSplitRow } from '../contracts/entityMetrics.ts';
import { formatCount, formatMoney, formatRate } from './format.ts';

const plural = (n: number, one: string, many: string) => `${formatCount(n)} ${n === 1 ? one : many}`;

/** "2 shops and 1 private buyer bought it: shops bring 92.6 % of its net revenue (£62.90 of £67.90)." */
export function buyerSplitSentence(split: ProductCustomerSplitRow, currency: string): string {
  const who = [split.shop_customers > 0 && plural(split.shop_customers, 'shop', 'shops'), split.private_customers > 0 && plural(split.private_customers, 'private buyer', 'private buyers')]
    .filter(Boolean)
    .join(' and ');
  const total = split.shop_net + split.private_net;
  if (split.shop_share_net === null) return `${who} bought it; its net revenue from them is ${formatMoney(total, currency)} after returns.`;
  return `${who} bought it: shops bring ${formatRate(split.shop_share_net)} of its net revenue from customers with a customer number (${formatMoney(split.shop_net, currency)} of ${formatMoney(total, currency)}).`;
}

/** "Returned most by value: “RED MUG”, 2 units (£5.00), 2 of the 7 they bought." */
export function returnsSentence(rows: readonly CustomerReturnedProductRow[], currency: string): string {
  const top = rows[0];
  if (!top) return 'This customer has returned nothing.';
  const bought = top.units_sold > 0 ? `, of the ${formatCount(top.units_sold)} they bought` : ', bought before the data starts';
  return `Returned most by value: “${top.description}”, ${plural(top.units_returned, 'unit', 'units')} (${formatMoney(top.returned_value, currency)})${bought}.`;
}
