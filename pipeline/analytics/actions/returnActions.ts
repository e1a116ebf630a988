// Look at these returns: products and customers whose return rate is abnormal — at least
// return_factor × the business's own rate and at least min_return_rate. The sentences are in
// src/i18n/messages/actionsCustomers.ts.
import { countryName } from '../../../src/report/countryNames.ts';
import { localize } from '../../../src/i18n/localized.ts';
import { actionsCustomersText as T } from '../../../src/i18n/messages/actionsCustomers.ts';
import type { ActionDraft, ActionInputs, ActionSettings } from './types.ts';
import { actionSettings } from './types.ts';
import { idText, money2 } from './words.ts';

/** The business's return rate by value: returns ÷ gross sales. */
export function businessReturnRate(revenue: { gross: number; returns: number }): number {
  return revenue.gross > 0 ? revenue.returns / revenue.gross : 0;
}

export function checkReturnActions({ summary, profile, productsHighestReturnRate, customersHighestReturnRate }: ActionInputs, settings: ActionSettings = actionSettings): ActionDraft[] {
  const overall = businessReturnRate(summary.revenue);
  const floor = Math.max(settings.min_return_rate, settings.return_factor * overall);
  const products = productsHighestReturnRate.filter((p) => (p.return_rate_value ?? 0) >= floor && p.returns > 0).map((p): ActionDraft => {
    const rate = p.return_rate_value!;
    const facts = { description: p.description, rate, unitsReturned: p.units_returned, unitsSold: p.units_sold, overall };
    return {
      id: `check_returns:product:${p.stock_code}`, action: 'check_returns', tier: 0,
      title: localize((l) => T[l].productReturnsTitle({ ...profile.words[l], ...facts })),
      why: localize((l) => T[l].productReturnsWhy({ ...profile.words[l], ...facts })),
      figure: localize((l) => T[l].returnedFigure(rate)), money: money2(p.returns),
      money_means: localize((l) => T[l].productReturnsMeans(profile.words[l])),
      section: 'returns', entity: 'product', entity_ids: [p.stock_code], evidence: ['products_highest_return_rate'],
    };
  });
  const customers = customersHighestReturnRate.filter((c) => (c.return_rate_value ?? 0) >= floor && c.returns > 0).map((c): ActionDraft => {
    const rate = c.return_rate_value!;
    const facts = { id: idText(c.customer_id), country: c.country, rate, returns: c.returns, gross: c.gross, currency: summary.currency, orders: c.orders, overall };
    return {
      id: `check_returns:customer:${c.customer_id}`, action: 'check_returns', tier: 0,
      title: localize((l) => T[l].customerReturnsTitle({ ...profile.words[l], ...facts, country: countryName(l, c.country) })),
      why: localize((l) => T[l].customerReturnsWhy({ ...profile.words[l], ...facts, country: countryName(l, c.country) })),
      figure: localize((l) => T[l].returnedFigure(rate)), money: money2(c.returns),
      money_means: localize((l) => T[l].customerReturnsMeans(profile.words[l])),
      section: 'returns', entity: 'customer', entity_ids: [c.customer_id], evidence: ['customers_highest_return_rate'],
    };
  });
  return [...products, ...customers];
}
