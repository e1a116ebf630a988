// A blend of the two strongest models: the basket filter (item_cf_recent_baskets) and EASE. Each
// proposes its 50 best products; each list's scores are scaled to sum to 1 and the blend is
// blend_weight × EASE + (1 − blend_weight) × basket filter. Both fits are shared (memo) with the
// models themselves on the same window, so the blend costs only its scoring.
import type { RecommendationParams } from '../baskets/params.ts';
import { easeRecommender } from './easeRecommender.ts';
import type { Recommendation } from './recommendItems.ts';
import { memo, recentBasketItemCf, type Recommender, type Training } from './recommenders.ts';
import { topK } from './topK.ts';

const POOL = 50;

export function blendRecommender(train: Training, p: RecommendationParams): Recommender {
  const cf = recentBasketItemCf(train, { ...p, top_k: POOL });
  const ease = easeRecommender(train, { ...p, top_k: POOL });
  // The two lists do not depend on blend_weight: the weights tried on one window share them.
  const lists = memo(train, `blend lists ${JSON.stringify({ ...p, blend_weight: 0 })}`, () => new Map<number, [Recommendation[], Recommendation[]]>());
  return (customer, key) => {
    const [fromCf, fromEase] = lists.get(customer) ?? lists.set(customer, [cf(customer, key), ease(customer, key)]).get(customer)!;
    const score = new Map<number, number>();
    const because = new Map<number, number | null>();
    const add = (list: Recommendation[], weight: number) => {
      const total = list.reduce((sum, r) => sum + Math.max(0, r.score), 0);
      if (total <= 0) return;
      for (const r of list) {
        score.set(r.item, (score.get(r.item) ?? 0) + (weight * Math.max(0, r.score)) / total);
        if (!because.has(r.item) || because.get(r.item) === null) because.set(r.item, r.because);
      }
    };
    add(fromCf, 1 - p.blend_weight);
    add(fromEase, p.blend_weight);
    const best = topK([...score.keys()], (item) => score.get(item)!, p.top_k);
    const out: Recommendation[] = best.ids.map((item, n) => ({ item, score: best.scores[n]!, because: because.get(item) ?? null }));
    for (const r of fromCf) {
      if (out.length >= p.top_k) break;
      if (!score.has(r.item)) out.push(r);
    }
    return out;
  };
}
