// Win back the biggest customers (customers_top_by_revenue) who have stopped ordering: no order
// for max(min_lapse_days, lapse_factor × their usual days between orders).
import type { ActionDraft, ActionInputs, ActionSettings } from './types.ts';
import { actionSettings } from './types.ts';
import { countText, dayText, days, idText, money2, moneyText } from './words.ts';

/** Days between a customer's orders on average, null for a one-order customer. */
export function usualGapDays(first: string, last: string, orders: number): number | null {
  return orders >= 2 ? days(first, last) / (orders - 1) : null;
}

export function winBackActions({ customersTopByRevenue, summary, profile }: ActionInputs, settings: ActionSettings = actionSettings): ActionDraft[] {
  const end = summary.period.to;
  return customersTopByRevenue.flatMap((c): ActionDraft[] => {
    if (!c.first_purchase || !c.last_purchase || c.net <= 0) return [];
    const gap = usualGapDays(c.first_purchase, c.last_purchase, c.orders);
    const silent = days(c.last_purchase, end);
    const limit = Math.max(settings.min_lapse_days, settings.lapse_factor * (gap ?? 0));
    if (silent < limit) return [];
    // A year's worth of their spending: what the business loses if they do not come back.
    const perYear = (c.net * 365) / Math.max(365, days(c.first_purchase, end));
    const money = (v: number) => moneyText(v, summary.currency);
    const habit = gap === null ? `one ${profile.words.invoice}` : gap < 1 ? `${countText(c.orders)} ${profile.words.invoices} on one day` : `${countText(c.orders)} ${profile.words.invoices}, about one every ${countText(gap)} days`;
    return [{
      id: `win_back:${c.customer_id}`, action: 'win_back', tier: 0,
      title: `Win back customer ${idText(c.customer_id)} (${c.country})`,
      why: `Number ${c.rank} by net sales (${money(c.net)} over ${habit}), but no ${profile.words.invoice} for ${countText(silent)} days, since ${dayText(c.last_purchase)}: call or write to them.`,
      figure: `${countText(silent)} days since the last ${profile.words.invoice}`,
      money: money2(perYear), money_means: 'their net sales per year',
      section: 'customers', entity: 'customer', entity_ids: [c.customer_id], evidence: ['customers_top_by_revenue'],
    }];
  });
}
