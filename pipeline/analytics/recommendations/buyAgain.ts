// "Buy again": a list of the customer's own products, the restocking list a trade customer
// reorders from. Evaluated as its own task (targets = products bought before and bought again).
import type { BuyAgainMethod } from '../../../src/contracts/baskets.ts';
import type { RecommendationParams } from '../baskets/params.ts';
import { memo, type Recommender, type Training } from './recommenders.ts';
import { topK } from './topK.ts';

const lastOf = (days: readonly number[]) => days.reduce((last, day) => Math.max(last, day), -Infinity);

/** Per customer, per product: the days of the training baskets that held it. */
function purchaseDays(train: Training): Map<number, Map<number, number[]>> {
  const out = new Map<number, Map<number, number[]>>();
  for (const b of train.baskets) {
    const days = out.get(b.customer) ?? out.set(b.customer, new Map()).get(b.customer)!;
    for (const item of new Set(b.items)) (days.get(item) ?? days.set(item, []).get(item)!).push(b.day);
  }
  return out;
}

function byScore(train: Training, score: (days: readonly number[]) => number, k: number): Recommender {
  const days = memo(train, 'purchase days', () => purchaseDays(train));
  return (customer) => {
    const own = days.get(customer);
    if (!own) return [];
    const best = topK([...own.keys()], (item) => score(own.get(item)!), k);
    return best.ids.map((item, n) => ({ item, score: best.scores[n]!, because: item }));
  };
}

/** Baseline: the customer's products in the most of their baskets (ties: the most recent, then the smaller id). */
export function mostBought(train: Training, p: RecommendationParams): Recommender {
  return byScore(train, (days) => days.length + lastOf(days) / 1e6, p.top_k);
}

/** Baseline: the customer's products, last bought first. */
export function mostRecent(train: Training, p: RecommendationParams): Recommender {
  return byScore(train, lastOf, p.top_k);
}

/** Method: each basket holding the product counts 0.5^(age ÷ half-life): frequent and recent lines first. */
export function buyAgainRecency(train: Training, p: RecommendationParams): Recommender {
  const h = p.buy_again_half_life_days;
  return byScore(train, (days) => days.reduce((sum, day) => sum + 0.5 ** ((train.endDay - day) / h), 0), p.top_k);
}

export const BUY_AGAIN: Record<BuyAgainMethod, (train: Training, p: RecommendationParams) => Recommender> = {
  most_bought: mostBought,
  most_recent: mostRecent,
  buy_again_recency: buyAgainRecency,
};
