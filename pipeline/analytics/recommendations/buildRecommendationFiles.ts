// The recommendation files of a dataset: the offline evaluation of every method
// (recommendation_evaluation, see evaluationFile.ts) and, from the chosen method fitted on the
// whole history, ten products per customer with the reason for each (customer_recommendations).
import type { CustomerRecommendationRow } from '../../../src/contracts/baskets.ts';
import { wordsFor, type DatasetKind } from '../../../src/report/datasetKind.ts';
import type { Database } from '../../engine/database.ts';
import { readSql } from '../../engine/sqlFiles.ts';
import { round } from '../../report/round.ts';
import { checkBasketFile } from '../baskets/checkBasketFile.ts';
import { recommendationParams, type RecommendationParams } from '../baskets/params.ts';
import { evaluateRecommenders } from './evaluateRecommenders.ts';
import { evaluationFile } from './evaluationFile.ts';
import { methodTexts, type MethodText } from './methodDescriptions.ts';
import type { PurchaseBasket } from './purchases.ts';
import { METHODS, training, type MethodName } from './recommenders.ts';

interface Item {
  item_id: number;
  stock_code: string;
  description: string;
  category: string | null;
}

export async function buildRecommendationFiles(
  db: Database,
  dataset: string,
  options: { params?: RecommendationParams; includeCustomers?: boolean; kind?: DatasetKind } = {},
): Promise<Map<string, unknown>> {
  const { params = recommendationParams, includeCustomers = true, kind = 'online_retail' } = options;
  const rows = await db.all<{ customer_id: string; day: number; place: string | null; items: string }>(readSql('recommendations/customer_baskets.sql'));
  const items = await db.all<Item>(readSql('recommendations/recommendation_items.sql'));
  const customerKeys = [...new Set(rows.map((r) => r.customer_id))].sort();
  const customerIndex = new Map(customerKeys.map((key, i) => [key, i]));
  const places = [...new Set(rows.map((r) => r.place ?? ''))].sort();
  const placeIndex = new Map(places.map((place, i) => [place, i]));
  const baskets: PurchaseBasket[] = rows.map((r) => ({
    customer: customerIndex.get(r.customer_id)!,
    day: r.day,
    items: r.items.split(' ').map(Number),
    place: placeIndex.get(r.place ?? '')!,
  }));
  const itemCount = items.reduce((max, i) => Math.max(max, i.item_id + 1), 0);
  const categoryOf = categoriesOf(items, itemCount);
  const methods = (Object.keys(METHODS) as MethodName[]).filter((m) => categoryOf || m !== 'popularity_in_categories');
  const texts = methodTexts(params, wordsFor({ kind }).place);
  const evaluation = baskets.length > 0 ? evaluateRecommenders(baskets, itemCount, customerKeys, params, methods, categoryOf) : null;
  const evaluated = checkBasketFile('recommendation_evaluation', evaluationFile(dataset, evaluation, texts, params));
  const files = new Map<string, unknown>([['recommendation_evaluation.json', evaluated]]);
  if (includeCustomers) {
    const chosen = evaluated.rows.find((r) => r.chosen)?.method ?? 'item_cf_recent_baskets';
    files.set('customer_recommendations.json', checkBasketFile('customer_recommendations', customerFile(dataset, baskets, items, customerKeys, params, chosen, texts, categoryOf)));
  }
  return files;
}

/** Item → category index (−1 for none), or undefined when no item has a category. */
function categoriesOf(items: Item[], itemCount: number): Int32Array | undefined {
  const names = [...new Set(items.flatMap((i) => (i.category === null ? [] : [i.category])))].sort();
  if (names.length === 0) return undefined;
  const index = new Map(names.map((name, i) => [name, i]));
  const out = new Int32Array(itemCount).fill(-1);
  for (const i of items) if (i.category !== null) out[i.item_id] = index.get(i.category)!;
  return out;
}

function customerFile(
  dataset: string,
  baskets: PurchaseBasket[],
  items: Item[],
  customerKeys: string[],
  p: RecommendationParams,
  method: MethodName,
  texts: Record<MethodName, MethodText>,
  categoryOf: Int32Array | undefined,
) {
  const byId = new Map(items.map((i) => [i.item_id, i]));
  const lastDay = baskets.reduce((max, b) => Math.max(max, b.day), -Infinity);
  const train = training(baskets, items.reduce((max, i) => Math.max(max, i.item_id + 1), 0), lastDay, categoryOf);
  const recommend = METHODS[method](train, p);
  const personal = method === 'item_cf_recent_baskets' || method === 'item_cf_cosine';
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
        score: round(r.score, 4),
        because_code: because?.stock_code ?? null,
        reason: because
          ? `Because you bought ${because.description}`
          : personal && r.score > 0
            ? `Trending: bought by many customers in the last ${p.trend_days} days`
            : personal || r.score === 0
              ? 'A best seller you have not bought yet'
              : texts[method].label,
      });
    });
  });
  return {
    metric: 'customer_recommendations',
    dataset,
    grain: `one row per customer with an id and recommended product, ${p.top_k} per customer`,
    definition:
      `The chosen method (recommendation_evaluation): ${texts[method].label}. ${texts[method].description} Fitted on every basket up to ` +
      "the last date. score = the method's score (for the baskets method the product's share of the customer's similarity total plus " +
      "the trend share; 0 for best sellers that only fill a short list). reason names the customer's product that contributed most to " +
      'the score (because_code), else why the product is there.',
    params: { ...p },
    rows,
  };
}
