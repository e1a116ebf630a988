// The recommendation files of a dataset: the offline evaluation of every method
// (recommendation_evaluation) and, from the chosen method fitted on the whole history, ten
// products per customer with the reason for each (customer_recommendations).
import type { CustomerRecommendationRow, RecommendationEvaluationRow } from '../../../src/contracts/baskets.ts';
import type { Database } from '../../engine/database.ts';
import { readSql } from '../../engine/sqlFiles.ts';
import { checkBasketFile } from '../baskets/checkBasketFile.ts';
import { recommendationParams, type RecommendationParams } from '../baskets/params.ts';
import { evaluateRecommenders } from './evaluateRecommenders.ts';
import { methodTexts } from './methodDescriptions.ts';
import type { PurchaseBasket } from './purchases.ts';
import { recentBasketItemCf, training } from './recommenders.ts';

interface Item {
  item_id: number;
  stock_code: string;
  description: string;
}

const round4 = (x: number) => Math.round(x * 10_000) / 10_000;

export async function buildRecommendationFiles(
  db: Database,
  dataset: string,
  options: { params?: RecommendationParams; includeCustomers?: boolean } = {},
): Promise<Map<string, unknown>> {
  const { params = recommendationParams, includeCustomers = true } = options;
  const rows = await db.all<{ customer_id: string; day: number; items: string }>(readSql('recommendations/customer_baskets.sql'));
  const items = await db.all<Item>(readSql('recommendations/recommendation_items.sql'));
  const customerKeys = [...new Set(rows.map((r) => r.customer_id))].sort();
  const customerIndex = new Map(customerKeys.map((key, i) => [key, i]));
  const baskets: PurchaseBasket[] = rows.map((r) => ({ customer: customerIndex.get(r.customer_id)!, day: r.day, items: r.items.split(' ').map(Number) }));
  const itemCount = items.reduce((max, i) => Math.max(max, i.item_id + 1), 0);
  const files = new Map<string, unknown>();
  files.set('recommendation_evaluation.json', checkBasketFile('recommendation_evaluation', evaluationFile(dataset, baskets, itemCount, customerKeys, params)));
  if (includeCustomers) {
    files.set('customer_recommendations.json', checkBasketFile('customer_recommendations', customerFile(dataset, baskets, items, customerKeys, params)));
  }
  return files;
}

function evaluationFile(dataset: string, baskets: PurchaseBasket[], itemCount: number, customerKeys: string[], p: RecommendationParams) {
  const texts = methodTexts(p);
  const evaluation = baskets.length > 0 ? evaluateRecommenders(baskets, itemCount, customerKeys, p) : null;
  const popular = evaluation?.scores.find((s) => s.method === 'popularity')?.hit_rate ?? 0;
  const rows: RecommendationEvaluationRow[] = (evaluation?.scores ?? []).map((s) => ({
    method: s.method,
    ...texts[s.method],
    hit_rate: round4(s.hit_rate),
    precision: round4(s.precision),
    recall: round4(s.recall),
    hit_rate_with_repeats: round4(s.hit_rate_with_repeats),
    recall_with_repeats: round4(s.recall_with_repeats),
    coverage: round4(s.coverage),
    hit_rate_vs_popularity: popular > 0 ? Math.round((s.hit_rate / popular) * 100) / 100 : null,
    test_customers: evaluation!.test_customers,
    customers_active_in_both: evaluation!.customers_active_in_both,
    train_from: evaluation!.train_from,
    train_until: evaluation!.train_until,
    test_from: evaluation!.test_from,
    test_to: evaluation!.test_to,
  }));
  return {
    metric: 'recommendation_evaluation',
    dataset,
    grain: 'one row per recommendation method, baselines first',
    definition:
      `Time split: every method is fitted on the baskets up to train_until and recommends ${p.top_k} products to each test customer; ` +
      `the test weeks are the last ${p.test_weeks} weeks (test_from … test_to). Test customers bought in both periods and bought at least ` +
      'one product in the test weeks that they had never bought before; those new products are the targets (recommending what a customer ' +
      `already buys is left out by every method). hit_rate = share of test customers with at least one target among their ${p.top_k}; ` +
      `precision = targets hit ÷ ${p.top_k}; recall = targets hit ÷ targets (both averaged over customers); *_with_repeats count every ` +
      'product bought in the test weeks as a target, repeat purchases included; coverage = share of the products sold in training that ' +
      'are recommended to at least one test customer; hit_rate_vs_popularity = hit_rate ÷ that of the best-seller baseline (the goal is 2).',
    params: { ...p },
    rows,
  };
}

function customerFile(dataset: string, baskets: PurchaseBasket[], items: Item[], customerKeys: string[], p: RecommendationParams) {
  const byId = new Map(items.map((i) => [i.item_id, i]));
  const lastDay = baskets.reduce((max, b) => Math.max(max, b.day), -Infinity);
  const train = training(baskets, items.reduce((max, i) => Math.max(max, i.item_id + 1), 0), lastDay);
  const recommend = recentBasketItemCf(train, p);
  const rows: CustomerRecommendationRow[] = [];
  customerKeys.forEach((key, customer) => {
    recommend(customer, key).forEach((r, n) => {
      const item = byId.get(r.item)!;
      const because = r.because === null ? null : byId.get(r.because)!;
      rows.push({
        customer_id: key,
        rank: n + 1,
        stock_code: item.stock_code,
        description: item.description,
        score: round4(r.score),
        because_code: because?.stock_code ?? null,
        reason: because
          ? `Because you bought ${because.description}`
          : r.score > 0
            ? `Trending: bought by many customers in the last ${p.trend_days} days`
            : 'A best seller you have not bought yet',
      });
    });
  });
  return {
    metric: 'customer_recommendations',
    dataset,
    grain: `one row per customer with an id and recommended product, ${p.top_k} per customer`,
    definition:
      `${methodTexts(p).item_cf_recent_baskets.description} Fitted on every basket up to the last date. score = the product's share of ` +
      "the customer's similarity total plus the trend share (0 for best sellers that only fill a short list). reason names the " +
      "customer's product that contributed most to the score (because_code), else why the product is there.",
    params: { ...p },
    rows,
  };
}
