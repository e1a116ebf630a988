// The basket and recommendation files (data/report/<dataset>/<name>.json): the usual metric
// shape ({metric, dataset, grain, definition, params?, rows}, see report.ts) with typed rows.
// The pipeline validates every one of them against these schemas before writing; the pages
// read them through the same schemas. Rates (support, confidence, hit-rate, …) are fractions
// rounded to 4 decimals; lift is a ratio (1 = no more often than chance), also 4 decimals.
import { z } from 'zod';
import { isoDate, metricSchema } from './report.ts';

export const BASKET_FILES = [
  'basket_summary',
  'basket_rules',
  'basket_triples',
  'basket_rules_by_country',
  'product_bought_with',
  'recommendation_evaluation',
  'customer_recommendations',
] as const;
export type BasketFile = (typeof BASKET_FILES)[number];

const count = z.number().int().nonnegative();
const rate = z.number().min(0).max(1);
const ratio = z.number().nonnegative();

export const basketSummaryRowSchema = z.object({
  baskets: count,
  products_in_baskets: count,
  mean_products_per_basket: z.number().nullable(),
  median_products_per_basket: z.number().nullable(),
  min_support: rate,
  min_confidence: rate,
  min_baskets: count,
  frequent_products: count,
  frequent_pairs: count,
  pair_rules: count,
});

const ruleMeasures = { support: rate, confidence: rate, lift: ratio };

export const basketRuleRowSchema = z.object({
  rank: count,
  antecedent_code: z.string(),
  antecedent_description: z.string(),
  consequent_code: z.string(),
  consequent_description: z.string(),
  baskets_with_antecedent: count,
  baskets_with_consequent: count,
  baskets_with_both: count,
  ...ruleMeasures,
});

export const basketTripleRowSchema = z.object({
  rank: count,
  antecedent_a_code: z.string(),
  antecedent_a_description: z.string(),
  antecedent_b_code: z.string(),
  antecedent_b_description: z.string(),
  consequent_code: z.string(),
  consequent_description: z.string(),
  baskets_with_antecedents: count,
  baskets_with_consequent: count,
  baskets_with_all: count,
  ...ruleMeasures,
});

export const countryRuleRowSchema = z.object({
  country: z.string(),
  country_baskets: count,
  rank: count,
  antecedent_code: z.string(),
  antecedent_description: z.string(),
  consequent_code: z.string(),
  consequent_description: z.string(),
  baskets_with_both: count,
  ...ruleMeasures,
});

export const productBoughtWithRowSchema = z.object({
  stock_code: z.string(),
  description: z.string(),
  rank: count,
  partner_code: z.string(),
  partner_description: z.string(),
  baskets_with_product: count,
  baskets_with_both: count,
  confidence: rate,
  lift: ratio,
});

export const recommendationMethod = z.enum(['random', 'popularity', 'trending', 'item_cf_cosine', 'item_cf_recent_baskets']);

export const recommendationEvaluationRowSchema = z.object({
  method: recommendationMethod,
  label: z.string(),
  kind: z.enum(['baseline', 'method']),
  description: z.string(),
  hit_rate: rate,
  precision: rate,
  recall: rate,
  hit_rate_with_repeats: rate,
  recall_with_repeats: rate,
  coverage: rate,
  /** hit_rate ÷ the popularity baseline's; null when that is 0. */
  hit_rate_vs_popularity: ratio.nullable(),
  test_customers: count,
  customers_active_in_both: count,
  train_from: isoDate,
  train_until: isoDate,
  test_from: isoDate,
  test_to: isoDate,
});

export const customerRecommendationRowSchema = z.object({
  customer_id: z.string(),
  rank: count,
  stock_code: z.string(),
  description: z.string(),
  score: z.number().nonnegative(),
  because_code: z.string().nullable(),
  reason: z.string(),
});

export const basketRowSchemas = {
  basket_summary: basketSummaryRowSchema,
  basket_rules: basketRuleRowSchema,
  basket_triples: basketTripleRowSchema,
  basket_rules_by_country: countryRuleRowSchema,
  product_bought_with: productBoughtWithRowSchema,
  recommendation_evaluation: recommendationEvaluationRowSchema,
  customer_recommendations: customerRecommendationRowSchema,
} satisfies Record<BasketFile, z.ZodType>;

export type BasketRows = { [F in BasketFile]: z.infer<(typeof basketRowSchemas)[F]> };
export type BasketSummaryRow = BasketRows['basket_summary'];
export type BasketRuleRow = BasketRows['basket_rules'];
export type BasketTripleRow = BasketRows['basket_triples'];
export type CountryRuleRow = BasketRows['basket_rules_by_country'];
export type ProductBoughtWithRow = BasketRows['product_bought_with'];
export type RecommendationEvaluationRow = BasketRows['recommendation_evaluation'];
export type CustomerRecommendationRow = BasketRows['customer_recommendations'];
export type RecommendationMethod = z.infer<typeof recommendationMethod>;

/** A whole basket or recommendation file: the metric envelope with typed rows. */
export function basketFileSchema<F extends BasketFile>(file: F) {
  return metricSchema.extend({ metric: z.literal(file), rows: z.array(basketRowSchemas[file]) });
}

export type BasketMetric<F extends BasketFile> = z.infer<ReturnType<typeof basketFileSchema<F>>>;
