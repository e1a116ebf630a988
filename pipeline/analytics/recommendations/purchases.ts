// Purchase histories as plain arrays: the input of every recommender and of the evaluation.

/** One basket of a customer with an id: customer and item indexes, day = days since 1970-01-01. */
export interface PurchaseBasket {
  customer: number;
  day: number;
  items: readonly number[];
  /** Index of the basket's place (country or state), when known. */
  place?: number;
}

/** Per customer: item → the last day they bought it. */
export type Histories = Map<number, Map<number, number>>;

export function buildHistories(baskets: readonly PurchaseBasket[]): Histories {
  const histories: Histories = new Map();
  for (const { customer, day, items } of baskets) {
    let history = histories.get(customer);
    if (!history) histories.set(customer, (history = new Map()));
    for (const item of items) history.set(item, Math.max(day, history.get(item) ?? day));
  }
  return histories;
}

/** Items by the number of distinct customers who bought them (most first; ties: smaller item). */
export function itemsByCustomers(histories: Histories, itemCount: number, fromDay = -Infinity): { order: number[]; counts: Float64Array } {
  const counts = new Float64Array(itemCount);
  for (const history of histories.values()) for (const [item, last] of history) if (last >= fromDay) counts[item]! += 1;
  const order = [...Array(itemCount).keys()].filter((i) => counts[i]! > 0).sort((a, b) => counts[b]! - counts[a]! || a - b);
  return { order, counts };
}

/** ISO date of a day number (days since 1970-01-01). */
export function isoDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}
