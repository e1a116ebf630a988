// Win back the biggest customers (customers_top_by_revenue) who have stopped ordering: no order
// for max(min_lapse_days, lapse_factor × their usual days between orders).
import { countryName } from '../../../src/report/countryNames.ts';
import type { Lang } from '../../../src/i18n/langs.ts';
import type { ActionDraft, ActionInputs, ActionSettings } from './types.ts';
import { actionSettings } from './types.ts';
import { localize } from '../../../src/i18n/localized.ts';
import { actionsCustomersText as T } from '../../../src/i18n/messages/actionsCustomers.ts';
import { days, idText, money2 } from './words.ts';

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
    const facts = (lang: Lang) => ({
      ...profile.words[lang], id: idText(c.customer_id), country: countryName(lang, c.country), rank: c.rank, net: c.net, currency: summary.currency,
      orders: c.orders, gap, silent, last: c.last_purchase!,
    });
    return [{
      id: `win_back:${c.customer_id}`, action: 'win_back', tier: 0,
      title: localize((l) => T[l].winBackTitle(facts(l))),
      why: localize((l) => T[l].winBackWhy(facts(l))),
      figure: localize((l) => T[l].winBackFigure(facts(l))),
      money: money2(perYear), money_means: localize((l) => T[l].winBackMeans),
      section: 'customers', entity: 'customer', entity_ids: [c.customer_id], evidence: ['customers_top_by_revenue'],
    }];
  });
}
