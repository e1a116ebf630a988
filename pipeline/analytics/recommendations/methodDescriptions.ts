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
    category_co_purchase: {
      label: 'Categories bought together',
      kind: 'method',
      description:
        'The best sellers of the customer’s own categories and of the categories other customers bought alongside them: a category ' +
        'counts 1 if the customer bought in it, plus, for each of their categories, the share of its customers who also bought in it. ' +
        `A product scores that times the customers who bought it; the ${p.top_k} best ${notBought} are recommended.`,
    },
    ease: {
      label: 'EASE (item-item regression)',
      kind: 'method',
      description:
        `A closed-form regression (EASE) over the ${p.ease_items.toLocaleString('en-GB')} products bought by the most customers in training: each ` +
        'product is predicted from the other products the customer bought, with a ridge penalty ' +
        `λ ${p.ease_lambda}; a product last bought ${p.ease_half_life_days} days before the end counts half. The ${p.top_k} best ${notBought} ` +
        'are recommended, best sellers filling a short list.',
    },
    blend: {
      label: 'Blend of baskets and EASE',
      kind: 'method',
      description:
        'Same baskets, recent first and EASE together: each proposes its 50 best products, each list’s scores are scaled to sum to 1, and a ' +
        `product scores ${percent(p.blend_weight)} of its EASE share plus ${percent(1 - p.blend_weight)} of its basket-filter share. ` +
        `The ${p.top_k} best ${notBought} are recommended.`,
    },
    most_bought: {
      label: 'Most-bought lines',
      kind: 'baseline',
      description: `Buy again: the ${p.top_k} products in the most of the customer’s training baskets (ties: the most recently bought).`,
    },
    most_recent: {
      label: 'Last bought',
      kind: 'baseline',
      description: `Buy again: the ${p.top_k} products the customer bought most recently in training.`,
    },
    buy_again_recency: {
      label: 'Frequent and recent lines',
      kind: 'method',
      description:
        `Buy again: the customer’s ${p.top_k} products with the highest sum over their training baskets of ½^(age ÷ ${p.buy_again_half_life_days} days), ` +
        'so a line bought often and lately comes first.',
    },
  };
}

/** The settings chosen on validation in words, e.g. "half-life 30 days, trend 1 %"; '' for none. */
export function settingsText(setting: Partial<RecommendationParams>): string {
  const s = setting;
  const parts: string[] = [];
  if (s.basket_half_life_days !== undefined && s.basket_half_life_days === s.history_half_life_days) parts.push(`half-life ${s.basket_half_life_days} days`);
  else {
    if (s.basket_half_life_days !== undefined) parts.push(`basket half-life ${s.basket_half_life_days} days`);
    if (s.history_half_life_days !== undefined) parts.push(`history half-life ${s.history_half_life_days} days`);
  }
  if (s.similarity_alpha !== undefined) parts.push(`α ${s.similarity_alpha}`);
  if (s.trend_weight !== undefined) parts.push(`trend ${percent(s.trend_weight)}`);
  if (s.trend_days !== undefined) parts.push(`last ${s.trend_days} days`);
  if (s.ease_lambda !== undefined) parts.push(`λ ${s.ease_lambda}`);
  if (s.ease_half_life_days !== undefined) parts.push(`half-life ${s.ease_half_life_days} days`);
  if (s.blend_weight !== undefined) parts.push(`EASE ${percent(s.blend_weight)}`);
  if (s.buy_again_half_life_days !== undefined) parts.push(`half-life ${s.buy_again_half_life_days} days`);
  return parts.join(', ');
}
