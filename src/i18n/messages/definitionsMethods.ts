// French of the recommendation method named in customer_recommendations' definition. That text
// embeds the chosen method's label and description, written from the settings chosen on
// validation, so its sentences are not fixed: they are generated here, for every method, every
// setting of its grid (pipeline/analytics/baskets/params.ts) and every kind's place word, from the
// same catalogue the pipeline writes them with (recommendationMethods.ts), English → French.
import { recommendationGrid, recommendationParams } from '../../../pipeline/analytics/baskets/params.ts';
import type { RecommendationMethod } from '../../contracts/baskets.ts';
import { recommendationMethodsText } from './recommendationMethods.ts';

/** The dataset kinds' words for where a customer is (pipeline/kinds/<kind>/profile.ts: words.place). */
const PLACES = [{ en: 'country', fr: 'pays' }, { en: 'state', fr: 'État' }] as const;

/** How customer_recommendations introduces the method, now and in reports written before. */
const INTROS = [
  { en: (label: string) => `The new-products method chosen on validation (recommendation_evaluation): ${label}.`, fr: (label: string) => `La méthode «\u00a0nouveaux produits\u00a0» retenue sur la validation (recommendation_evaluation)\u00a0: ${label}.` },
  { en: (label: string) => `The chosen method (recommendation_evaluation): ${label}.`, fr: (label: string) => `La méthode retenue (recommendation_evaluation)\u00a0: ${label}.` },
];

function methodEntries(): Record<string, string> {
  const out: Record<string, string> = {};
  const { en, fr } = recommendationMethodsText;
  for (const place of PLACES) {
    const labels = { en: en.labels(place.en), fr: fr.labels(place.fr) };
    for (const method of Object.keys(labels.en) as RecommendationMethod[]) {
      for (const intro of INTROS) out[intro.en(labels.en[method])] = intro.fr(labels.fr[method]);
      for (const setting of recommendationGrid[method] ?? [{}]) {
        const p = { ...recommendationParams, ...setting };
        out[en.descriptions(p, place.en)[method]] = fr.descriptions(p, place.fr)[method];
      }
      const defaults = { en: en.descriptions(recommendationParams, place.en)[method], fr: fr.descriptions(recommendationParams, place.fr)[method] };
      out[defaults.en] = defaults.fr;
    }
  }
  return out;
}

export const definitionsMethods: Readonly<Record<string, string>> = methodEntries();
