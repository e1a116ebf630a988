// Two cheap baselines that use what little is known of a customer who buys once or twice: where
// they are (their place: country or state) and which product categories they bought. Both are
// best-seller lists, filled with the overall best sellers when short.
import type { RecommendationParams } from '../baskets/params.ts';
import { recommendItems, type Recommendation } from './recommendItems.ts';
import { topK } from './topK.ts';
import type { Recommender, Training } from './recommenders.ts';

const boughtBy = (train: Training, customer: number) => {
  const history = train.histories.get(customer);
  return (item: number) => history?.has(item) ?? false;
};

/** Items by distinct customers among the given baskets (most first; ties: smaller item). */
function orderByCustomers(baskets: Training['baskets']): number[] {
  const buyers = new Map<number, Set<number>>();
  for (const b of baskets) for (const item of b.items) (buyers.get(item) ?? buyers.set(item, new Set()).get(item)!).add(b.customer);
  return [...buyers.keys()].sort((a, b) => buyers.get(b)!.size - buyers.get(a)!.size || a - b);
}

/**
 * The best sellers (distinct customers) among the training baskets of the customer's place,
 * the place of their last training basket; a customer without one gets the overall best sellers.
 */
export function placeBestSellers(train: Training, p: RecommendationParams): Recommender {
  const placeOf = new Map<number, number>();
  const lastDay = new Map<number, number>();
  const byPlace = new Map<number, Training['baskets'][number][]>();
  for (const b of train.baskets) {
    if (b.place === undefined) continue;
    if (b.day >= (lastDay.get(b.customer) ?? -Infinity)) {
      lastDay.set(b.customer, b.day);
      placeOf.set(b.customer, b.place);
    }
    (byPlace.get(b.place) ?? byPlace.set(b.place, []).get(b.place)!).push(b);
  }
  const orders = new Map<number, number[]>();
  const orderOf = (place: number) => orders.get(place) ?? orders.set(place, orderByCustomers(byPlace.get(place)!)).get(place)!;
  return (customer) => {
    const place = placeOf.get(customer);
    const fallback = place === undefined ? train.popular : [...orderOf(place), ...train.popular];
    return recommendItems([], { ids: [], similarities: [] }, { k: p.top_k, exclude: boughtBy(train, customer), fallback });
  };
}

/**
 * The best sellers of the categories the customer bought: score(j) = the customer's share of
 * their distinct products in j's category × the customers who bought j in training. Items
 * without a category (categoryOf −1) are never candidates; the overall best sellers fill the list.
 */
export function categoryBestSellers(train: Training, p: RecommendationParams): Recommender {
  const categoryOf = train.categoryOf;
  const buyers = new Float64Array(train.itemCount);
  for (const history of train.histories.values()) for (const item of history.keys()) buyers[item]! += 1;
  const inCategory = new Map<number, number[]>();
  for (const item of train.popular) {
    const category = categoryOf?.[item] ?? -1;
    if (category >= 0) (inCategory.get(category) ?? inCategory.set(category, []).get(category)!).push(item);
  }
  return (customer): Recommendation[] => {
    const history = [...(train.histories.get(customer)?.keys() ?? [])];
    const exclude = boughtBy(train, customer);
    const share = new Map<number, number>();
    for (const item of history) {
      const category = categoryOf?.[item] ?? -1;
      if (category >= 0) share.set(category, (share.get(category) ?? 0) + 1 / history.length);
    }
    // A category's first k unbought best sellers are the only ones that can make the list.
    const candidates = [...share.keys()].flatMap((c) => inCategory.get(c)!.filter((item) => !exclude(item)).slice(0, p.top_k));
    const best = topK(candidates, (j) => share.get(categoryOf![j]!)! * buyers[j]!, p.top_k);
    const out: Recommendation[] = best.ids.map((item, n) => ({ item, score: best.scores[n]!, because: null }));
    const filled = recommendItems([], { ids: [], similarities: [] }, { k: p.top_k, exclude: (j) => exclude(j) || best.ids.includes(j), fallback: train.popular });
    return [...out, ...filled].slice(0, p.top_k);
  };
}
