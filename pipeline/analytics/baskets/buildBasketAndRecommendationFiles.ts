// The basket and recommendation step of a dataset report (one call in buildDatasetReport):
// basket rules and "bought with" partners in SQL, what they stand on and the category rules,
// then the recommenders and their evaluation.
import type { Database } from '../../engine/database.ts';
import { adapterOf } from '../../kinds/adapters.ts';
import type { DatasetKind } from '../../kinds/types.ts';
import { buildRecommendationFiles } from '../recommendations/buildRecommendationFiles.ts';
import { buildBasketFiles } from './buildBasketFiles.ts';
import { buildCategoryFiles, buildItemCategories } from './buildCategoryFiles.ts';

/**
 * Report file name → content: basket_summary, basket_rules, basket_triples,
 * basket_rules_by_country, product_bought_with, basket_signal, for Olist category_sequences,
 * recommendation_evaluation and, except for marketplace data, customer_recommendations (ten
 * rows for each of ~95,000 mostly one-time Olist buyers would be a ~100 MB file of best sellers).
 */
export async function buildBasketAndRecommendationFiles(
  db: Database,
  datasetName: string,
  kind: DatasetKind = 'online_retail',
): Promise<Map<string, unknown>> {
  const files = await buildBasketFiles(db, datasetName);
  await buildItemCategories(db, kind);
  for (const [name, content] of await buildCategoryFiles(db, datasetName, kind)) files.set(name, content);
  for (const [name, content] of await buildRecommendationFiles(db, datasetName, { includeCustomers: adapterOf(kind).customerRecommendations, kind })) files.set(name, content);
  return files;
}
