// The time split of the recommender evaluation as a value: rolling windows of window_weeks at
// the end of the history, the older ones for validation (settings and method are chosen there),
// the last ones for test (reported once). Every window trains on everything before it.
import type { RecommendationTask } from '../../../src/contracts/baskets.ts';
import type { RecommendationParams } from '../baskets/params.ts';
import type { PurchaseBasket } from './purchases.ts';
import type { Training } from './recommenders.ts';

export interface EvaluationWindow {
  /** 1 = the oldest window. */
  window: number;
  period: 'validation' | 'test';
  /** First and last day of the window (days since 1970-01-01); training ends the day before `from`. */
  from: number;
  to: number;
}

/** The windows, oldest first; a window with nothing before it to train on is left out. */
export function evaluationWindows(firstDay: number, lastDay: number, p: RecommendationParams): EvaluationWindow[] {
  const length = 7 * p.window_weeks;
  const count = p.validation_windows + p.test_windows;
  const out: EvaluationWindow[] = [];
  for (let n = 0; n < count; n++) {
    const to = lastDay - (count - 1 - n) * length;
    const from = to - length + 1;
    if (from > firstDay) out.push({ window: out.length + 1, period: n < p.validation_windows ? 'validation' : 'test', from, to });
  }
  return out;
}

export interface Targets {
  /** Customers with a training history and at least one target in the window, ascending. */
  customers: number[];
  targets: Set<number>[];
}

/**
 * What each customer bought in the window: for new_products the products they had never
 * bought in training, for buy_again the ones they had (bought before and bought again).
 */
export function windowTargets(baskets: readonly PurchaseBasket[], train: Training, w: EvaluationWindow, task: RecommendationTask): Targets {
  const bought = new Map<number, Set<number>>();
  for (const b of baskets) {
    if (b.day < w.from || b.day > w.to || !train.histories.has(b.customer)) continue;
    const items = bought.get(b.customer) ?? bought.set(b.customer, new Set()).get(b.customer)!;
    for (const item of b.items) items.add(item);
  }
  const out: Targets = { customers: [], targets: [] };
  for (const customer of [...bought.keys()].sort((a, b) => a - b)) {
    const history = train.histories.get(customer)!;
    const targets = new Set([...bought.get(customer)!].filter((item) => history.has(item) === (task === 'buy_again')));
    if (targets.size === 0) continue;
    out.customers.push(customer);
    out.targets.push(targets);
  }
  return out;
}
