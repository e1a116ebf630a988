// The thresholds of the basket rules and the recommender, in one place. The SQL placeholders
// ({{min_support}}, …) are filled from here, and every report file records the values it used.

export const basketParams = {
  /** A product or pair is frequent when at least this share of the baskets holds it (0.005 = 0.5 %). */
  min_support: 0.005,
  /** A rule X → Y is kept when at least this share of the baskets with X also hold Y. */
  min_confidence: 0.3,
  /** Fewest shared baskets for a "bought with" partner on a product page, and for a product or pair within one country. */
  min_pair_baskets: 5,
};

export const categoryParams = {
  /** The repeat-purchase rules between categories are found before the last this many months and checked on them. */
  sequence_test_months: 6,
  /** Fewest customers who followed a rule A → B in training for it to be kept. */
  min_sequence_customers: 10,
};

export const recommendationParams = {
  /** The evaluation tests on the baskets of the last test_weeks weeks and trains on everything before. */
  test_weeks: 8,
  /** Products recommended per customer. */
  top_k: 10,
  /** Most similar products kept per product. */
  neighbours: 10,
  /** A basket bought this many days before the end of the history counts half in the similarities. */
  basket_half_life_days: 60,
  /** A product the customer last bought this many days before the end counts half in their score. */
  history_half_life_days: 60,
  /** 0.5 = cosine; 0.7 penalises popular partners less (asymmetric cosine). */
  similarity_alpha: 0.7,
  /** "Trending" = bought by many customers in the last trend_days days of the history. */
  trend_days: 28,
  /** Weight of the trend next to the history score, which sums to 1 per customer. */
  trend_weight: 0.01,
  /** Seed of the random baseline. */
  random_seed: 20111209,
};

export type BasketParams = typeof basketParams;
export type CategoryParams = typeof categoryParams;
export type RecommendationParams = typeof recommendationParams;
