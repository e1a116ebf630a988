// Each recommender in plain words, written from the params so the text never drifts from the code.
import type { RecommendationMethod } from '../../../src/contracts/baskets.ts';
import type { RecommendationParams } from '../baskets/params.ts';

export interface MethodText {
  label: string;
  kind: 'baseline' | 'method';
  description: string;
}

const percent = (x: number) => `${Math.round(x * 1000) / 10} %`;

/** `place` is the dataset's word for where a customer is: country, state. */
export function methodTexts(p: RecommendationParams, place = 'country'): Record<RecommendationMethod, MethodText> {
  const notBought = 'that the customer has not bought before';
  return {
    random: {
      label: 'Random',
      kind: 'baseline',
      description: `${p.top_k} products drawn at random (fixed seed ${p.random_seed}) from those sold in the training weeks, ${notBought}.`,
    },
    popularity: {
      label: 'Best sellers',
      kind: 'baseline',
      description: `The ${p.top_k} products bought by the most customers in the training weeks ${notBought}.`,
    },
    trending: {
      label: 'Trending',
      kind: 'baseline',
      description: `The ${p.top_k} products bought by the most customers in the last ${p.trend_days} days of training ${notBought}.`,
    },
    popularity_by_place: {
      label: `Best sellers in the customer’s ${place}`,
      kind: 'method',
      description:
        `The ${p.top_k} products bought by the most customers in the training weeks in the ${place} of the customer’s last ` +
        `training purchase, ${notBought}; the overall best sellers fill a short list.`,
    },
    popularity_in_categories: {
      label: 'Best sellers in the customer’s categories',
      kind: 'method',
      description:
        'The best sellers of the product categories the customer bought in training: a product scores the number of customers ' +
        'who bought it times the share of the customer’s products in its category. The ' +
        `${p.top_k} best ${notBought} are recommended, the overall best sellers filling a short list.`,
    },
    item_cf_cosine: {
      label: 'Same customers (cosine)',
      kind: 'method',
      description:
        'Item-based collaborative filtering on purchase histories: two products are similar when the same customers bought them ' +
        '(cosine of their customer sets, 20 most similar kept per product). A product scores the sum of its similarities to everything ' +
        `the customer bought; the ${p.top_k} best ${notBought} are recommended, best sellers filling a short list.`,
    },
    item_cf_recent_baskets: {
      label: 'Same baskets, recent first',
      kind: 'method',
      description:
        'Item-based collaborative filtering on baskets: two products are similar when they are bought in the same baskets, a basket ' +
        `from ${p.basket_half_life_days} days before the end counting half as much (and so on), with a milder penalty for popular ` +
        `products than the cosine (α ${p.similarity_alpha}; ${p.neighbours} most similar kept per product). The customer's products ` +
        `count half when last bought ${p.history_half_life_days} days before the end. Scores sum to 1 per customer; products trending ` +
        `in the last ${p.trend_days} days add up to ${percent(p.trend_weight)}. The ${p.top_k} best ${notBought} are recommended.`,
    },
  };
}
