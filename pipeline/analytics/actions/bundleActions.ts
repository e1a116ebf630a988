// Bundle these: the strongest basket pairs (lift ≥ min_bundle_lift) that are not variants of one
// product line (variantPair.ts). Each unordered pair once, in the direction of higher confidence.
import type { ActionDraft, ActionInputs, ActionSettings } from './types.ts';
import { actionSettings } from './types.ts';
import { isVariantPair } from './variantPair.ts';
import { countText, money2, moneyText, pctText } from './words.ts';

export function bundleActions({ basketRules, productSales, summary, profile }: ActionInputs, settings: ActionSettings = actionSettings): ActionDraft[] {
  const price = new Map(productSales.filter((p) => p.units_sold > 0).map((p) => [p.stock_code, p.gross / p.units_sold]));
  const best = new Map<string, ActionInputs['basketRules'][number]>();
  for (const rule of basketRules) {
    if (rule.lift < settings.min_bundle_lift) continue;
    if (isVariantPair({ code: rule.antecedent_code, description: rule.antecedent_description }, { code: rule.consequent_code, description: rule.consequent_description })) continue;
    const pair = [rule.antecedent_code, rule.consequent_code].sort().join('+');
    const kept = best.get(pair);
    if (!kept || rule.confidence > kept.confidence || (rule.confidence === kept.confidence && rule.antecedent_code < kept.antecedent_code)) best.set(pair, rule);
  }
  return [...best.values()].flatMap((r): ActionDraft[] => {
    const unit = price.get(r.consequent_code);
    if (unit === undefined) return [];
    const without = r.baskets_with_antecedent - r.baskets_with_both;
    return [{
      id: `bundle:${[r.antecedent_code, r.consequent_code].sort().join('+')}`, action: 'bundle', tier: 0,
      title: `Offer ${r.antecedent_description} with ${r.consequent_description}`,
      why: `${pctText(r.confidence)} of the ${countText(r.baskets_with_antecedent)} ${profile.words.invoices} with the first also hold the second, ${r.lift.toLocaleString('en-GB', { maximumFractionDigits: 0 })} times more often than chance: show them together or sell them as a set; ${countText(without)} ${profile.words.invoices} had the first without the second.`,
      figure: `${pctText(r.confidence)} bought together`, money: money2(without * unit),
      money_means: `sales if each ${profile.words.invoice} with the first and not the second had added one at ${moneyText(unit, summary.currency)} (an upper bound)`,
      section: 'baskets', entity: 'product', entity_ids: [r.antecedent_code, r.consequent_code], evidence: ['basket_rules', 'product_sales'],
    }];
  }).sort((a, b) => b.money - a.money || a.id.localeCompare(b.id)).slice(0, settings.bundles);
}
