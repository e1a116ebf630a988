// The basket and recommendation files (data/report/<dataset>/<name>.json): the usual metric
// shape ({metric, dataset, grain, definition, params?, rows}, see report.ts) with typed rows.
// The pipeline validates every one of them against these schemas before writing; the pages
// read them through the same schemas. Rates (support, confidence, hit-rate, …) are fractions
// rounded to 4 decimals; lift is a ratio (1 = no more often than chance), also 4 decimals.
import { z } from 'zod';
import { localizedText } from '../i18n/localized.ts';
import { isoDate, metricSchema } from './report.ts';

export const BASKET_FILES = [
  'basket_summary',
  'basket_rules',
  'basket_triples',
  'basket_rules_by_country',
  'product_bought_with',
  'recommendation_evaluation',
  'recommendation_windows',
  'customer_recommendations',
  'basket_signal',
  'category_sequences',
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

export const BUY_AGAIN_METHODS = ['most_bought', 'most_recent', 'buy_again_recency'] as const;
export type BuyAgainMethod = (typeof BUY_AGAIN_METHODS)[number];

export const recommendationMethod = z.enum([
  'random', 'popularity', 'trending', 'popularity_by_place', 'popularity_in_categories', 'category_co_purchase', 'item_cf_cosine',
  'item_cf_recent_baskets', 'ease', 'blend', ...BUY_AGAIN_METHODS,
]);

/** The baselines a method must beat to be chosen (random is too weak to count); the buy-again task has its own two. */
export const STRONG_BASELINES = ['popularity', 'trending', 'most_bought', 'most_recent'] as const;

/** new_products: products the customer never bought before; buy_again: their own products bought again (restocking). */
export const recommendationTask = z.enum(['new_products', 'buy_again']);
export type RecommendationTask = z.infer<typeof recommendationTask>;

export const recommendationEvaluationRowSchema = z.object({
  task: recommendationTask,
  method: recommendationMethod,
  /** The method's name and what it does, in each report language. */
  label: localizedText,
  kind: z.enum(['baseline', 'method']),
  description: localizedText,
  /** The settings chosen on the validation windows, in words in each language ('' when the method has none to choose). */
  settings: localizedText,
  /** Summed over the validation windows: customer-windows with a target, and those with a target in their list. */
  validation_customers: count,
  validation_hits: count,
  validation_hit_rate: rate,
  /** validation_hit_rate ÷ that of the strongest baseline on validation; null when that is 0. */
  validation_vs_baseline: ratio.nullable(),
  /** One-sided sign test of the validation hits against the strongest baseline's; null for that baseline. */
  p_vs_baseline: rate.nullable(),
  /** The one method the site uses for the task, decided on validation only: the best method if it beats the strongest baseline, else that baseline. */
  chosen: z.boolean(),
  /** The test windows with customers, and the mean, sample standard deviation, lowest and highest of their hit-rates. */
  test_windows: count,
  test_customers: count,
  test_hit_rate: rate,
  test_hit_rate_sd: z.number().nonnegative(),
  test_hit_rate_min: rate,
  test_hit_rate_max: rate,
  /** Mean test hit-rate ÷ that of the validation's strongest baseline, and the lowest and highest per-window ratio. */
  test_vs_baseline: ratio.nullable(),
  test_vs_baseline_min: ratio.nullable(),
  test_vs_baseline_max: ratio.nullable(),
  test_precision: rate,
  test_recall: rate,
  test_coverage: rate,
  /** First and last day of the validation and of the test windows; null when the history is too short for any. */
  validation_from: isoDate.nullable(),
  validation_to: isoDate.nullable(),
  test_from: isoDate.nullable(),
  test_to: isoDate.nullable(),
});

export const recommendationWindowRowSchema = z.object({
  task: recommendationTask,
  method: recommendationMethod,
  /** The setting in words, in each language (as in recommendation_evaluation). */
  settings: localizedText,
  /** Whether these are the settings chosen on validation (test windows only hold those). */
  selected: z.boolean(),
  period: z.enum(['validation', 'test']),
  /** 1 = the oldest window. */
  window: count,
  train_until: isoDate,
  from: isoDate,
  to: isoDate,
  customers: count,
  hits: count,
  hit_rate: rate,
  precision: rate,
  recall: rate,
  coverage: rate,
});

export const basketSignalRowSchema = z.object({
  baskets: count,
  baskets_with_2_plus_products: count,
  share_with_2_plus_products: rate,
  median_products_per_basket: z.number().nullable(),
  customers: count,
  customers_with_2_plus_days: count,
  share_with_2_plus_days: rate,
});

const nullableRate = rate.nullable();

export const categorySequenceRowSchema = z.object({
  rank: count,
  antecedent: z.string(),
  consequent: z.string(),
  train_repeat_customers: count,
  train_customers_with_antecedent: count,
  train_customers_then_consequent: count,
  train_confidence: rate,
  train_base_rate: rate,
  train_lift: ratio,
  test_customers: count,
  test_customers_with_antecedent: count,
  test_customers_then_consequent: count,
  test_confidence: nullableRate,
  test_base_rate: rate,
  test_lift: ratio.nullable(),
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
  /** Why the product is on the list, in each language (the product description inside stays as in the data). */
  reason: localizedText,
});

export const basketRowSchemas = {
  basket_summary: basketSummaryRowSchema,
  basket_rules: basketRuleRowSchema,
  basket_triples: basketTripleRowSchema,
  basket_rules_by_country: countryRuleRowSchema,
  product_bought_with: productBoughtWithRowSchema,
  recommendation_evaluation: recommendationEvaluationRowSchema,
  recommendation_windows: recommendationWindowRowSchema,
  customer_recommendations: customerRecommendationRowSchema,
  basket_signal: basketSignalRowSchema,
  category_sequences: categorySequenceRowSchema,
} satisfies Record<BasketFile, z.ZodType>;

export type BasketRows = { [F in BasketFile]: z.infer<(typeof basketRowSchemas)[F]> };
export type BasketSummaryRow = BasketRows['basket_summary'];
export type BasketRuleRow = BasketRows['basket_rules'];
export type BasketTripleRow = BasketRows['basket_triples'];
export type CountryRuleRow = BasketRows['basket_rules_by_country'];
export type ProductBoughtWithRow = BasketRows['product_bought_with'];
export type RecommendationEvaluationRow = BasketRows['recommendation_evaluation'];
export type RecommendationWindowRow = BasketRows['recommendation_windows'];
export type CustomerRecommendationRow = BasketRows['customer_recommendations'];
export type BasketSignalRow = BasketRows['basket_signal'];
export type CategorySequenceRow = BasketRows['category_sequences'];
export type RecommendationMethod = z.infer<typeof recommendationMethod>;

/** A whole basket or recommendation file: the metric envelope with typed rows. */
export function basketFileSchema<F extends BasketFile>(file: F) {
  return metricSchema.extend({ metric: z.literal(file), rows: z.array(basketRowSchemas[file]) });
}

export type BasketMetric<F extends BasketFile> = z.infer<ReturnType<typeof basketFileSchema<F>>>;
