// EASE as a recommender: fitted on the purchase histories (who bought what) of the training
// period, over the ease_items products bought by the most customers; products beyond those are
// never scored, and the overall best sellers fill a short list.
import type { RecommendationParams } from '../baskets/params.ts';
import { easeWeights } from './ease.ts';
import type { Recommendation } from './recommendItems.ts';
import { memo, type Recommender, type Training } from './recommenders.ts';
import { topK } from './topK.ts';

export function easeRecommender(train: Training, p: RecommendationParams): Recommender {
  const products = train.popular.slice(0, p.ease_items);
  const n = products.length;
  const column = new Int32Array(train.itemCount).fill(-1);
  products.forEach((item, c) => (column[item] = c));
  // x = 0.5^(days since the customer last bought the product ÷ half-life): recent purchases count more.
  const rowOf = (customer: number) => {
    const row: { columns: number[]; values: number[] } = { columns: [], values: [] };
    for (const [item, last] of train.histories.get(customer) ?? []) {
      if (column[item]! < 0) continue;
      row.columns.push(column[item]!);
      row.values.push(0.5 ** ((train.endDay - last) / p.ease_half_life_days));
    }
    return row;
  };
  const weights = memo(train, `ease ${n} ${p.ease_lambda} ${p.ease_half_life_days}`, () => {
    const rows = [...train.histories.keys()].sort((a, b) => a - b).map(rowOf);
    return easeWeights(rows.map((r) => r.columns), n, p.ease_lambda, rows.map((r) => r.values));
  });
  const ids = Int32Array.from({ length: n }, (_, c) => c);
  return (customer) => {
    const history = train.histories.get(customer);
    const { columns: own, values } = rowOf(customer);
    const score = new Float64Array(n);
    own.forEach((i, a) => {
      const x = values[a]!;
      for (let j = 0, row = i * n; j < n; j++) score[j]! += x * weights[row + j]!;
    });
    const best = topK(ids, (c) => (history?.has(products[c]!) ? -Infinity : score[c]!), p.top_k);
    const out: Recommendation[] = [];
    best.ids.forEach((c, rank) => {
      if (best.scores[rank]! <= 0) return;
      // The customer's product with the largest weight towards this one explains it.
      const because = own.reduce((top, i) => (top < 0 || weights[i * n + c]! > weights[top * n + c]! ? i : top), -1);
      out.push({ item: products[c]!, score: best.scores[rank]!, because: because < 0 ? null : products[because]! });
    });
    for (const item of train.popular) {
      if (out.length >= p.top_k) break;
      if (!history?.has(item) && !out.some((r) => r.item === item)) out.push({ item, score: 0, because: null });
    }
    return out;
  };
}
