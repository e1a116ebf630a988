// Each recommender in plain words, written from the params so the text never drifts from the code;
// every text in each report language (the sentences are in src/i18n/messages/recommendationMethods.ts).
import type { RecommendationMethod } from '../../../src/contracts/baskets.ts';
import { localize, type Localized } from '../../../src/i18n/localized.ts';
import { recommendationMethodsText } from '../../../src/i18n/messages/recommendationMethods.ts';
import type { RecommendationParams } from '../baskets/params.ts';

export interface MethodText {
  label: Localized;
  kind: 'baseline' | 'method';
  description: Localized;
}

const KINDS: Record<RecommendationMethod, MethodText['kind']> = {
  random: 'baseline', popularity: 'baseline', trending: 'baseline', popularity_by_place: 'method', popularity_in_categories: 'method',
  item_cf_cosine: 'method', item_cf_recent_baskets: 'method', category_co_purchase: 'method', ease: 'method', blend: 'method',
  most_bought: 'baseline', most_recent: 'baseline', buy_again_recency: 'method',
};

/** `place` is the dataset's word for where a customer is, in each language: country / pays, state / État. */
export function methodTexts(p: RecommendationParams, place: Localized = { fr: 'pays', en: 'country' }): Record<RecommendationMethod, MethodText> {
  const labels = { fr: recommendationMethodsText.fr.labels(place.fr), en: recommendationMethodsText.en.labels(place.en) };
  const descriptions = { fr: recommendationMethodsText.fr.descriptions(p, place.fr), en: recommendationMethodsText.en.descriptions(p, place.en) };
  const out = {} as Record<RecommendationMethod, MethodText>;
  for (const method of Object.keys(KINDS) as RecommendationMethod[]) {
    out[method] = { label: localize((lang) => labels[lang][method]), kind: KINDS[method], description: localize((lang) => descriptions[lang][method]) };
  }
  return out;
}

/** The settings chosen on validation in words, e.g. "half-life 30 days, trend 1%"; '' for none. */
export function settingsText(setting: Partial<RecommendationParams>): Localized {
  return localize((lang) => {
    const t = recommendationMethodsText[lang].settings;
    const s = setting;
    const parts: string[] = [];
    if (s.basket_half_life_days !== undefined && s.basket_half_life_days === s.history_half_life_days) parts.push(t.halfLife(s.basket_half_life_days));
    else {
      if (s.basket_half_life_days !== undefined) parts.push(t.basketHalfLife(s.basket_half_life_days));
      if (s.history_half_life_days !== undefined) parts.push(t.historyHalfLife(s.history_half_life_days));
    }
    if (s.similarity_alpha !== undefined) parts.push(t.alpha(s.similarity_alpha));
    if (s.trend_weight !== undefined) parts.push(t.trend(s.trend_weight));
    if (s.trend_days !== undefined) parts.push(t.lastDays(s.trend_days));
    if (s.ease_lambda !== undefined) parts.push(t.lambda(s.ease_lambda));
    if (s.ease_half_life_days !== undefined) parts.push(t.halfLife(s.ease_half_life_days));
    if (s.blend_weight !== undefined) parts.push(t.easeShare(s.blend_weight));
    if (s.buy_again_half_life_days !== undefined) parts.push(t.halfLife(s.buy_again_half_life_days));
    return parts.join(', ');
  });
}
