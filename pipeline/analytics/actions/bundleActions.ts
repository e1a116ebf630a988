// Bundle these: the strongest basket pairs (lift ≥ min_bundle_lift) that are not variants of one
// product line (variantPair.ts). Each unordered pair once, in the direction of higher confidence.
import type { Lang } from '../../../src/i18n/langs.ts';
import { localize } from '../../../src/i18n/localized.ts';
import { actionsCustomersText as T } from '../../../src/i18n/messages/actionsCustomers.ts';
import type { ActionDraft, ActionInputs, ActionSettings } from './types.ts';
import { actionSettings } from './types.ts';
import { isVariantPair } from './variantPair.ts';
import { money2 } from './words.ts';

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
    const facts = (lang: Lang) => ({
      ...profile.words[lang], first: r.antecedent_description, second: r.consequent_description, confidence: r.confidence,
      withFirst: r.baskets_with_antecedent, lift: r.lift, without, unit, currency: summary.currency,
    });
    return [{
      id: `bundle:${[r.antecedent_code, r.consequent_code].sort().join('+')}`, action: 'bundle', tier: 0,
      title: localize((l) => T[l].bundleTitle(facts(l))),
      why: localize((l) => T[l].bundleWhy(facts(l))),
      figure: localize((l) => T[l].bundleFigure(facts(l))), money: money2(without * unit),
      money_means: localize((l) => T[l].bundleMeans(facts(l))),
      section: 'baskets', entity: 'product', entity_ids: [r.antecedent_code, r.consequent_code], evidence: ['basket_rules', 'product_sales'],
    }];
  }).sort((a, b) => b.money - a.money || a.id.localeCompare(b.id)).slice(0, settings.bundles);
}
