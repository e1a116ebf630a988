// Sentences of the product page's "Who buys it" and the customer page's "What they return",
// from the rows of product_customer_split and customer_returned_products. Words in
// src/i18n/messages/entityParts.ts.
import type { CustomerReturnedProductRow, ProductCustomerSplitRow } from '../contracts/entityMetrics.ts';
import type { Lang } from '../i18n/langs.ts';
import { entityParts } from '../i18n/messages/entityParts.ts';
import type { Localized } from '../i18n/localized.ts';
import { toolsFor } from '../i18n/tools.ts';

/** "2 shops and 1 private buyer bought it: shops bring 92.6% of its net revenue (£62.90 of £67.90)." */
export function buyerSplitSentence(lang: Lang, split: ProductCustomerSplitRow, currency: string): string {
  const t = entityParts[lang];
  const { fmt } = toolsFor(lang);
  const who = t.buyers(split.shop_customers, split.private_customers);
  const buyers = split.shop_customers + split.private_customers;
  const total = fmt.money(split.shop_net + split.private_net, currency);
  if (split.shop_share_net === null) return t.splitNet(who, buyers, total);
  return t.splitShare(who, buyers, fmt.percent(split.shop_share_net), fmt.money(split.shop_net, currency), total);
}

/** "Returned most by value: “RED MUG”, 2 units (£5.00), of the 7 they bought." */
export function returnsSentence(lang: Lang, rows: readonly CustomerReturnedProductRow[], currency: string): string {
  const t = entityParts[lang];
  const top = rows[0];
  if (!top) return t.returnedNothing;
  return t.returnedMost(top.description, top.units_returned, toolsFor(lang).fmt.money(top.returned_value, currency), top.units_sold);
}

/**
 * A recommendation's reason as the customer page says it: the pipeline words reasons for the
 * customer ("you have not bought"); this page is about them. The known reasons are worded again
 * from the catalogue; any other is shown in the page's language as the report has it.
 */
export function recommendationReason(lang: Lang, reason: string | Localized): string {
  const t = entityParts[lang];
  const english = typeof reason === 'string' ? reason : reason.en;
  if (english === 'A best seller you have not bought yet') return t.bestSeller;
  const trending = /^Trending: bought by many customers in the last (\d+) days?$/.exec(english);
  if (trending) return t.trending(Number(trending[1]));
  if (typeof reason !== 'string' && lang !== 'en') return reason[lang];
  return english.replace(/\byou\b/g, 'they').replace(/\bYou\b/g, 'They');
}
