// Data issues to fix at the source: ledger buckets a person could correct in the system that
// writes the export (not the ones that are the export's normal working, such as overlapping
// drops or postage lines), and sales lines without a customer id.
import type { ActionDraft, ActionInputs } from './types.ts';
import { countOf, money2, moneyText } from './words.ts';

/** Ledger rule → what to fix, in the words of the person who keys or exports the data. */
export const SOURCE_FIXES: Readonly<Record<string, string>> = {
  invalid_value: 'values that cannot be read (empty codes, unreadable dates or numbers)',
  date_out_of_range: 'dates years away from the rest of their file',
  amount_out_of_range: 'quantities or amounts far beyond any real sale',
  duplicate_line: 'lines written twice in one file',
  missing_description: 'lines without a product description',
  zero_or_negative_price: 'lines with a zero or negative price',
  negative_quantity_outside_cancellation: 'negative quantities on ordinary invoices',
  positive_quantity_in_cancellation: 'positive quantities on cancellation invoices',
  zero_quantity: 'lines with a quantity of zero',
  reversed_sale: 'sales keyed and cancelled again within the hour (order-entry corrections)',
  non_product_manual: 'manual entries that name no product',
  order_invalid: 'orders whose id or purchase time cannot be read',
  order_without_items: 'orders with no item lines',
  item_invalid: 'order items that cannot be read',
  item_of_unknown_order: 'order items of orders missing from the orders table',
  item_duplicate: 'order items listed twice',
  customer_invalid: 'customers that cannot be read',
  review_invalid: 'reviews that cannot be read',
  review_of_unknown_order: 'reviews of orders missing from the orders table',
  review_without_date: 'reviews without a creation date',
  product_without_category: 'products without a category',
  product_untranslated_category: 'categories without an English name',
  payment_of_unknown_order: 'payments of orders missing from the orders table',
};

export function fixDataActions({ quality, summary }: ActionInputs): ActionDraft[] {
  const money = (v: number) => moneyText(v, summary.currency);
  const buckets = quality.buckets.filter((b) => b.rows > 0 && Object.hasOwn(SOURCE_FIXES, b.rule)).map((b): ActionDraft => ({
    id: `fix_data:${b.rule}`, action: 'fix_data', tier: 1,
    title: `Fix at the source: ${SOURCE_FIXES[b.rule]}`,
    why: b.kind === 'excluded'
      ? `${countOf(b.rows, 'row', 'rows')}${b.revenue !== 0 ? ` worth ${money(b.revenue)}` : ''} ${b.rows === 1 ? 'is' : 'are'} left out of every figure for this reason (${b.rule}): fix it where the data is keyed, so the figures hold every sale.`
      : `${countOf(b.rows, 'row is', 'rows are')} kept but incomplete (${b.rule}); completing them where the data is keyed makes the figures that use them exact.`,
    figure: countOf(b.rows, 'row', 'rows'), size: b.rows, money: money2(Math.abs(b.revenue)), money_means: 'value of the rows left out',
    section: 'quality', entity: 'none', entity_ids: [], evidence: ['quality'],
  }));
  const missing = quality.lines_without_customer;
  const noCustomer: ActionDraft[] = missing.rows > 0 ? [{
    id: 'fix_data:lines_without_customer', action: 'fix_data', tier: 1,
    title: 'Record the customer on every sale',
    why: `${countOf(missing.rows, 'sales line', 'sales lines')} worth ${money(missing.revenue)} ${missing.rows === 1 ? 'has' : 'have'} no customer id: counted in the sales figures, but in no customer’s figures, segment or win-back list.`,
    figure: countOf(missing.rows, 'line', 'lines'), size: missing.rows, money: money2(Math.abs(missing.revenue)), money_means: 'sales not tied to any customer',
    section: 'quality', entity: 'none', entity_ids: [], evidence: ['quality'],
  }] : [];
  return [...buckets, ...noCustomer];
}
