// The recommendation files of a dataset: the offline evaluation of every method on rolling
// validation and test windows (recommendation_evaluation and recommendation_windows, see
// evaluationFile.ts) and, from the "new products" method chosen on validation, fitted with its
// chosen settings on the whole history, ten products per customer with the reason for each
// (customer_recommendations).
import type { CustomerRecommendationRow, RecommendationMethod } from '../../../src/contracts/baskets.ts';
import { localize } from '../../../src/i18n/localized.ts';
import { recommendationMethodsText } from '../../../src/i18n/messages/recommendationMethods.ts';
import { wordsFor, type DatasetKind } from '../../../src/report/datasetKind.ts';
import type { Database } from '../../engine/database.ts';
import { readSql } from '../../engine/sqlFiles.ts';
import { round } from '../../report/round.ts';
import { checkBasketFile } from '../baskets/checkBasketFile.ts';
import { recommendationGrid, recommendationParams, type RecommendationParams } from '../baskets/params.ts';
import { BUY_AGAIN_METHODS } from '../../../src/contracts/baskets.ts';
import { evaluateRecommenders, type Candidate, type Evaluation } from './evaluateRecommenders.ts';
import { evaluationFiles } from './evaluationFile.ts';
import { methodTexts, settingsText, type MethodText } from './methodDescriptions.ts';
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
  const place = localize((lang) => wordsFor({ kind }, lang).place);
  const candidates = candidatesFor(categoryOf !== undefined);
  const evaluation: Evaluation = baskets.length > 0 ? evaluateRecommenders(baskets, itemCount, customerKeys, params, candidates, categoryOf) : { windows: [], scores: [] };
  const textOf = (method: RecommendationMethod, setting: Partial<RecommendationParams>) => methodTexts({ ...params, ...setting }, place)[method];
  const { evaluation: evaluationContent, windows } = evaluationFiles(dataset, evaluation, candidates, textOf, params);
  const evaluated = checkBasketFile('recommendation_evaluation', evaluationContent);
  const files = new Map<string, unknown>([
    ['recommendation_evaluation.json', evaluated],
    ['recommendation_windows.json', checkBasketFile('recommendation_windows', windows)],
  ]);
  if (includeCustomers) {
    const row = evaluated.rows.find((r) => r.task === 'new_products' && r.chosen);
    const chosen = (row?.method ?? 'popularity') as MethodName;
    const candidate = candidates.find((c) => c.task === 'new_products' && c.method === chosen);
    const setting = candidate?.grid.find((s) => settingsText(s).en === row?.settings.en) ?? {};
    const p = { ...params, ...setting };
    files.set('customer_recommendations.json', checkBasketFile('customer_recommendations', customerFile(dataset, baskets, items, customerKeys, p, chosen, methodTexts(p, place), categoryOf)));
  }
  return files;
}

/**
 * The methods evaluated, baselines first. The cosine filter (item_cf_cosine) is left out: it lost
 * to trending on every window measured and cost as much as the basket filter to fit.
 */
export function candidatesFor(hasCategories: boolean): Candidate[] {
  const newProducts: MethodName[] = ['random', 'popularity', 'trending', 'popularity_by_place'];
  if (hasCategories) newProducts.push('popularity_in_categories', 'category_co_purchase');
  newProducts.push('item_cf_recent_baskets', 'ease', 'blend');
  return [
    ...newProducts.map((method) => ({ task: 'new_products' as const, method, grid: recommendationGrid[method] ?? [{}] })),
    ...BUY_AGAIN_METHODS.map((method) => ({ task: 'buy_again' as const, method, grid: recommendationGrid[method] ?? [{}] })),
  ];
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
  texts: Record<RecommendationMethod, MethodText>,
  categoryOf: Int32Array | undefined,
) {
  const byId = new Map(items.map((i) => [i.item_id, i]));
  const lastDay = baskets.reduce((max, b) => Math.max(max, b.day), -Infinity);
  const train = training(baskets, items.reduce((max, i) => Math.max(max, i.item_id + 1), 0), lastDay, categoryOf);
  const recommend = METHODS[method](train, p);
  const personal = method === 'item_cf_recent_baskets' || method === 'item_cf_cosine' || method === 'ease' || method === 'blend';
  const rows: CustomerRecommendationRow[] = [];
  const trending = localize((lang) => recommendationMethodsText[lang].reasons.trending(p.trend_days));
  const bestSeller = localize((lang) => recommendationMethodsText[lang].reasons.bestSeller);
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
          ? localize((lang) => recommendationMethodsText[lang].reasons.because(because.description))
          : personal && r.score > 0
            ? trending
            : personal || r.score === 0
              ? bestSeller
              : texts[method].label,
      });
    });
  });
  return {
    metric: 'customer_recommendations',
    dataset,
    grain: `one row per customer with an id and recommended product, ${p.top_k} per customer`,
    definition:
      `The new-products method chosen on validation (recommendation_evaluation): ${texts[method].label.en}. ${texts[method].description.en} Fitted on every basket up to ` +
      "the last date. score = the method's score (for the baskets method the product's share of the customer's similarity total plus " +
      "the trend share; 0 for best sellers that only fill a short list). reason names the customer's product that contributed most to " +
      'the score (because_code), else why the product is there.',
    params: { ...p },
    rows,
  };
}
