// The recommenders' names, descriptions and chosen settings the pipeline writes into
// recommendation_evaluation: both languages, figures in each language's style.
import { describe, expect, it } from 'vitest';
import { recommendationParams } from '../../pipeline/analytics/baskets/params.ts';
import { methodTexts, settingsText } from '../../pipeline/analytics/recommendations/methodDescriptions.ts';
import { recommendationMethodsText } from '../../src/i18n/messages/recommendationMethods.ts';

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('recommender texts in the report', () => {
  it('labels every method in both languages, with the dataset’s place word', () => {
    const texts = methodTexts(recommendationParams, { fr: 'État', en: 'state' });
    expect(texts.popularity_by_place.label).toEqual({ en: 'Best sellers in the customer’s state', fr: 'Meilleures ventes de l’État du client' });
    expect(methodTexts(recommendationParams).popularity_by_place.label.fr).toBe('Meilleures ventes du pays du client');
    expect(texts.trending).toMatchObject({ kind: 'baseline', label: { en: 'Trending', fr: 'Tendances' } });
    expect(texts.blend.kind).toBe('method');
  });

  it('writes the figures of a description in each language’s style', () => {
    const texts = methodTexts({ ...recommendationParams, trend_weight: 0.025 });
    expect(texts.ease.description.en).toContain('over the 1,000 products bought by the most customers');
    expect(plain(texts.ease.description.fr)).toContain('sur les 1 000 produits achetés par le plus de clients');
    expect(texts.item_cf_recent_baskets.description.en).toContain('(α 0.7; 10 most similar kept per product)');
    expect(texts.item_cf_recent_baskets.description.en).toContain('add up to 2.5%.');
    expect(plain(texts.item_cf_recent_baskets.description.fr)).toContain('(α 0,7 ; les 10 plus proches gardés par produit)');
    expect(plain(texts.item_cf_recent_baskets.description.fr)).toContain('y ajoutent jusqu’à 2,5 %.');
    expect(texts.random.description.fr).toContain('graine fixe 20111209');
  });

  it('words the chosen settings, or nothing when a method has none', () => {
    const s = settingsText({ basket_half_life_days: 30, history_half_life_days: 30, trend_weight: 0.1 });
    expect(s.en).toBe('half-life 30 days, trend 10%');
    expect(plain(s.fr)).toBe('demi-vie 30 jours, tendance 10 %');
    expect(plain(settingsText({ ease_lambda: 50 }).fr)).toBe('λ 50');
    expect(plain(settingsText({ blend_weight: 0.3 }).fr)).toBe('EASE 30 %');
    expect(settingsText({})).toEqual({ fr: '', en: '' });
  });

  it('gives each recommended product its reason in both languages', () => {
    expect(recommendationMethodsText.en.reasons.because('RED MUG')).toBe('Because you bought RED MUG');
    expect(recommendationMethodsText.fr.reasons.because('RED MUG')).toBe('Parce que ce client a acheté RED MUG');
    expect(plain(recommendationMethodsText.fr.reasons.trending(28))).toBe('Tendance : acheté par de nombreux clients ces 28 derniers jours');
  });
});
