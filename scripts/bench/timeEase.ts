// For scripts/bench.ts: one fit of the EASE recommender on the whole history of a prepared
// dataset (Gram matrix, inversion, and a list for every customer): the evaluation makes
// validation_windows × |λ grid| + test_windows such fits, the per-customer file one more if chosen.
import { recommendationParams } from '../../pipeline/analytics/baskets/params.ts';
import { easeRecommender } from '../../pipeline/analytics/recommendations/easeRecommender.ts';
import { training } from '../../pipeline/analytics/recommendations/recommenders.ts';
import type { Database } from '../../pipeline/engine/database.ts';
import { readSql } from '../../pipeline/engine/sqlFiles.ts';

export async function fitEaseOnce(db: Database): Promise<{ customers: number; products: number }> {
  const rows = await db.all<{ customer_id: string; day: number; items: string }>(readSql('recommendations/customer_baskets.sql'));
  const keys = [...new Set(rows.map((r) => r.customer_id))].sort();
  const index = new Map(keys.map((key, i) => [key, i]));
  const baskets = rows.map((r) => ({ customer: index.get(r.customer_id)!, day: r.day, items: r.items.split(' ').map(Number) }));
  const itemCount = baskets.reduce((max, b) => Math.max(max, ...b.items), 0) + 1;
  const lastDay = baskets.reduce((max, b) => Math.max(max, b.day), -Infinity);
  const recommend = easeRecommender(training(baskets, itemCount, lastDay), recommendationParams);
  keys.forEach((key, customer) => recommend(customer, key));
  return { customers: keys.length, products: Math.min(recommendationParams.ease_items, itemCount) };
}
