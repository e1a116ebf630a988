// Offline evaluation with a time split: fit on everything before the last test_weeks weeks,
// recommend to the customers active on both sides, and score the lists against what they
// bought in the test weeks.
import type { RecommendationParams } from '../baskets/params.ts';
import { catalogueCoverage } from './catalogueCoverage.ts';
import { hitRate } from './hitRate.ts';
import { precisionAtK } from './precisionAtK.ts';
import { recallAtK } from './recallAtK.ts';
import { isoDay, type PurchaseBasket } from './purchases.ts';
import { METHODS, training, type MethodName } from './recommenders.ts';

export interface EvaluationScores {
  method: MethodName;
  /** Test customers with a target in their list. */
  hits: number;
  /** hit[c] = whether test customer c (in the evaluation's order) had a target in their list. */
  hit: boolean[];
  hit_rate: number;
  precision: number;
  recall: number;
  coverage: number;
}

export interface Evaluation {
  train_from: string;
  train_until: string;
  test_from: string;
  test_to: string;
  /** Customers who bought in both periods. */
  customers_active_in_both: number;
  /** Of those, the ones who bought at least one product new to them in the test weeks: the denominator of every score. */
  test_customers: number;
  catalogue: number;
  scores: EvaluationScores[];
}

export function evaluateRecommenders(
  baskets: readonly PurchaseBasket[],
  itemCount: number,
  customerKeys: readonly string[],
  p: RecommendationParams,
  methods: readonly MethodName[] = Object.keys(METHODS) as MethodName[],
  categoryOf?: Int32Array,
): Evaluation {
  const firstDay = baskets.reduce((min, b) => Math.min(min, b.day), Infinity);
  const lastDay = baskets.reduce((max, b) => Math.max(max, b.day), -Infinity);
  const testFrom = lastDay - 7 * p.test_weeks + 1;
  const train = training(baskets, itemCount, testFrom - 1, categoryOf);
  const bought = new Map<number, Set<number>>();
  for (const b of baskets) {
    if (b.day < testFrom || !train.histories.has(b.customer)) continue;
    let items = bought.get(b.customer);
    if (!items) bought.set(b.customer, (items = new Set()));
    for (const item of b.items) items.add(item);
  }
  const newTo = (customer: number) => new Set([...bought.get(customer)!].filter((item) => !train.histories.get(customer)!.has(item)));
  const customers = [...bought.keys()].filter((c) => newTo(c).size > 0).sort((a, b) => a - b);
  const targets = customers.map(newTo);
  const k = p.top_k;
  const scores = methods.map((method) => {
    const recommend = METHODS[method](train, p);
    const lists = customers.map((c) => recommend(c, customerKeys[c]!).map((r) => r.item));
    const hit_rate = hitRate(lists, targets);
    const hit = lists.map((list, c) => list.some((item) => targets[c]!.has(item)));
    return {
      method,
      hits: hit.filter(Boolean).length,
      hit,
      hit_rate,
      precision: precisionAtK(lists, targets, k),
      recall: recallAtK(lists, targets, k),
      coverage: catalogueCoverage(lists, train.popular.length),
    };
  });
  return {
    train_from: isoDay(firstDay),
    train_until: isoDay(testFrom - 1),
    test_from: isoDay(testFrom),
    test_to: isoDay(lastDay),
    customers_active_in_both: bought.size,
    test_customers: customers.length,
    catalogue: train.popular.length,
    scores,
  };
}
