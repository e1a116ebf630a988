// The recommenders compared in the evaluation. Each is fitted on the baskets up to `endDay`
// and returns, for one customer, up to k products they have never bought (everything bought
// before is left out: the customer knows it and can reorder it without help).
import type { BuyAgainMethod, RecommendationMethod } from '../../../src/contracts/baskets.ts';
import { Rng } from '../../random/prng.ts';
import type { RecommendationParams } from '../baskets/params.ts';
import { itemNeighbours } from './itemNeighbours.ts';
import { randomSample } from './randomSample.ts';
import { recommendItems, type Recommendation } from './recommendItems.ts';
import { buildHistories, itemsByCustomers, type Histories, type PurchaseBasket } from './purchases.ts';
import { categoryBestSellers, placeBestSellers } from './segmentBestSellers.ts';
import { categoryCoPurchase } from './categoryCoPurchase.ts';
import { easeRecommender } from './easeRecommender.ts';
import { blendRecommender } from './blendRecommender.ts';

export type Recommender = (customer: number, customerKey: string) => Recommendation[];

export interface Training {
  baskets: readonly PurchaseBasket[];
  histories: Histories;
  itemCount: number;
  /** The last day of the training history. */
  endDay: number;
  /** Items by distinct customers over the whole training period. */
  popular: number[];
  /** categoryOf[item] = the item's category index, −1 for none; absent when the export has no categories. */
  categoryOf?: Int32Array;
  /** Fitted parts shared by the settings of one window (e.g. neighbours that only the scoring settings change). */
  memo: Map<string, unknown>;
}

/** The memoised value of `key` for this training window. */
export function memo<T>(train: Training, key: string, make: () => T): T {
  if (!train.memo.has(key)) train.memo.set(key, make());
  return train.memo.get(key) as T;
}

/** The methods of the "new products" task (buyAgain.ts has the buy-again ones). */
export type MethodName = Exclude<RecommendationMethod, BuyAgainMethod>;

export function training(baskets: readonly PurchaseBasket[], itemCount: number, endDay: number, categoryOf?: Int32Array): Training {
  const kept = baskets.filter((b) => b.day <= endDay);
  const histories = buildHistories(kept);
  return { baskets: kept, histories, itemCount, endDay, popular: itemsByCustomers(histories, itemCount).order, ...(categoryOf ? { categoryOf } : {}), memo: new Map() };
}

const boughtBy = (train: Training, customer: number) => {
  const history = train.histories.get(customer);
  return (item: number) => history?.has(item) ?? false;
};

function fromOrder(train: Training, order: readonly number[], k: number): Recommender {
  return (customer) => recommendItems([], { ids: [], similarities: [] }, { k, exclude: boughtBy(train, customer), fallback: order });
}

/** Baseline: k products drawn at random from those sold in training, seeded per customer. */
export function randomRecommender(train: Training, p: RecommendationParams): Recommender {
  const catalogue = [...train.popular].sort((a, b) => a - b);
  return (customer, key) => {
    const bought = boughtBy(train, customer);
    const rng = new Rng(p.random_seed).fork(key);
    return randomSample(catalogue.filter((i) => !bought(i)), p.top_k, () => rng.next()).map((item) => ({ item, score: 0, because: null }));
  };
}

/** Baseline: the most popular products of the training period (distinct customers). */
export function popularityRecommender(train: Training, p: RecommendationParams): Recommender {
  return fromOrder(train, train.popular, p.top_k);
}

/** Baseline: the products most customers bought in the last trend_days of training. */
export function trendingRecommender(train: Training, p: RecommendationParams): Recommender {
  return fromOrder(train, itemsByCustomers(train.histories, train.itemCount, train.endDay - p.trend_days + 1).order, p.top_k);
}

/** First method: item-based CF, cosine over customers (who bought what), 20 neighbours, every purchase counts 1. */
export function cosineItemCf(train: Training, p: RecommendationParams): Recommender {
  const customers = [...train.histories.keys()].sort((a, b) => a - b);
  const neighbours = itemNeighbours(customers.map((c) => [...train.histories.get(c)!.keys()]), train.itemCount, { k: 20, alpha: 0.5 });
  return (customer) => {
    const history = [...(train.histories.get(customer) ?? new Map()).keys()].map((item) => ({ item, weight: 1 }));
    return recommendItems(history, neighbours, { k: p.top_k, exclude: boughtBy(train, customer), fallback: train.popular });
  };
}

/**
 * Final method: item-based CF over baskets (bought in the same basket) where recent baskets
 * count more, asymmetric cosine, the customer's recent purchases weighted up, plus a small
 * share for what is trending.
 */
export function recentBasketItemCf(train: Training, p: RecommendationParams): Recommender {
  const halfLife = (days: number, halfLifeDays: number) => 0.5 ** (days / halfLifeDays);
  const neighbours = memo(train, `baskets ${p.basket_half_life_days} ${p.similarity_alpha} ${p.neighbours}`, () => {
    const weights = train.baskets.map((b) => halfLife(train.endDay - b.day, p.basket_half_life_days));
    return itemNeighbours(train.baskets.map((b) => b.items), train.itemCount, { k: p.neighbours, alpha: p.similarity_alpha, groupWeights: weights });
  });
  const trend = itemsByCustomers(train.histories, train.itemCount, train.endDay - p.trend_days + 1);
  const top = trend.counts[trend.order[0] ?? 0] || 1;
  const prior = trend.counts.map((count) => count / top);
  const priorCandidates = trend.order.slice(0, 100);
  return (customer) => {
    const history = [...(train.histories.get(customer) ?? new Map<number, number>())].map(([item, last]) => ({
      item,
      weight: halfLife(train.endDay - last, p.history_half_life_days),
    }));
    return recommendItems(history, neighbours, {
      k: p.top_k,
      exclude: boughtBy(train, customer),
      prior,
      priorWeight: p.trend_weight,
      priorCandidates,
      fallback: train.popular,
    });
  };
}

export const METHODS: Record<MethodName, (train: Training, p: RecommendationParams) => Recommender> = {
  random: randomRecommender,
  popularity: popularityRecommender,
  trending: trendingRecommender,
  popularity_by_place: placeBestSellers,
  popularity_in_categories: categoryBestSellers,
  item_cf_cosine: cosineItemCf,
  item_cf_recent_baskets: recentBasketItemCf,
  category_co_purchase: categoryCoPurchase,
  ease: easeRecommender,
  blend: blendRecommender,
};
