// Category co-purchase, for marketplace buyers who buy once or twice: the categories a customer
// is likely to buy next are their own and those other customers bought alongside them; the
// best sellers of those categories are recommended.
import type { RecommendationParams } from '../baskets/params.ts';
import type { Recommendation } from './recommendItems.ts';
import type { Recommender, Training } from './recommenders.ts';
import { topK } from './topK.ts';

/**
 * affinity(c′) = Σ over the customer's categories c of the share of c's training customers who
 * also bought in c′ (1 for c′ = c); score(j) = affinity(category of j) × customers who bought j.
 * Products without a category are never candidates; the overall best sellers fill the list.
 */
export function categoryCoPurchase(train: Training, p: RecommendationParams): Recommender {
  const categoryOf = train.categoryOf;
  const buyers = new Float64Array(train.itemCount);
  const customersOf = new Map<number, number>();
  const together = new Map<number, Map<number, number>>();
  for (const history of train.histories.values()) {
    const categories = new Set<number>();
    for (const item of history.keys()) {
      buyers[item]! += 1;
      const c = categoryOf?.[item] ?? -1;
      if (c >= 0) categories.add(c);
    }
    for (const c of categories) {
      customersOf.set(c, (customersOf.get(c) ?? 0) + 1);
      const row = together.get(c) ?? together.set(c, new Map()).get(c)!;
      for (const d of categories) if (d !== c) row.set(d, (row.get(d) ?? 0) + 1);
    }
  }
  const inCategory = new Map<number, number[]>();
  for (const item of train.popular) {
    const c = categoryOf?.[item] ?? -1;
    if (c >= 0) (inCategory.get(c) ?? inCategory.set(c, []).get(c)!).push(item);
  }
  return (customer): Recommendation[] => {
    const history = train.histories.get(customer);
    const bought = (item: number) => history?.has(item) ?? false;
    const own = new Set([...(history?.keys() ?? [])].map((item) => categoryOf?.[item] ?? -1).filter((c) => c >= 0));
    const affinity = new Map<number, number>();
    for (const c of own) {
      affinity.set(c, (affinity.get(c) ?? 0) + 1);
      for (const [d, n] of together.get(c) ?? []) affinity.set(d, (affinity.get(d) ?? 0) + n / customersOf.get(c)!);
    }
    // A category's first k unbought best sellers are the only ones that can make the list.
    const candidates = [...affinity.keys()].flatMap((c) => inCategory.get(c)!.filter((item) => !bought(item)).slice(0, p.top_k));
    const best = topK(candidates, (j) => affinity.get(categoryOf![j]!)! * buyers[j]!, p.top_k);
    const out: Recommendation[] = best.ids.map((item, n) => ({ item, score: best.scores[n]!, because: null }));
    for (const item of train.popular) {
      if (out.length >= p.top_k) break;
      if (!bought(item) && !best.ids.includes(item)) out.push({ item, score: 0, because: null });
    }
    return out;
  };
}
