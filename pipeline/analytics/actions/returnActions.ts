// Look at these returns: products and customers whose return rate is abnormal — at least
// return_factor × the business's own rate and at least min_return_rate.
import type { ActionDraft, ActionInputs, ActionSettings } from './types.ts';
import { actionSettings } from './types.ts';
import { countText, idText, money2, moneyText, pctText } from './words.ts';

/** The business's return rate by value: returns ÷ gross sales. */
export function businessReturnRate(revenue: { gross: number; returns: number }): number {
  return revenue.gross > 0 ? revenue.returns / revenue.gross : 0;
}

export function checkReturnActions({ summary, profile, productsHighestReturnRate, customersHighestReturnRate }: ActionInputs, settings: ActionSettings = actionSettings): ActionDraft[] {
  const overall = businessReturnRate(summary.revenue);
  const floor = Math.max(settings.min_return_rate, settings.return_factor * overall);
  const money = (v: number) => moneyText(v, summary.currency);
  const returned = profile.words.returnLines;
  const products = productsHighestReturnRate.filter((p) => (p.return_rate_value ?? 0) >= floor && p.returns > 0).map((p): ActionDraft => ({
    id: `check_returns:product:${p.stock_code}`, action: 'check_returns', tier: 0,
    title: `Look at the returns of ${p.description}`,
    why: `${pctText(p.return_rate_value!)} of its sales value came back (${countText(p.units_returned)} of ${countText(p.units_sold)} units) against ${pctText(overall)} for ${profile.words.business}: check the product, its description and its packing.`,
    figure: `${pctText(p.return_rate_value!)} returned`, money: money2(p.returns), money_means: `value of its ${returned}`,
    section: 'returns', entity: 'product', entity_ids: [p.stock_code], evidence: ['products_highest_return_rate'],
  }));
  const customers = customersHighestReturnRate.filter((c) => (c.return_rate_value ?? 0) >= floor && c.returns > 0).map((c): ActionDraft => ({
    id: `check_returns:customer:${c.customer_id}`, action: 'check_returns', tier: 0,
    title: `Ask customer ${idText(c.customer_id)} (${c.country}) why goods come back`,
    why: `${pctText(c.return_rate_value!)} of what they bought came back (${money(c.returns)} of ${money(c.gross)} over ${countText(c.orders)} ${profile.words.invoices}) against ${pctText(overall)} for ${profile.words.business}.`,
    figure: `${pctText(c.return_rate_value!)} returned`, money: money2(c.returns), money_means: `value of their ${returned}`,
    section: 'returns', entity: 'customer', entity_ids: [c.customer_id], evidence: ['customers_highest_return_rate'],
  }));
  return [...products, ...customers];
}
