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
  /** Every evaluation window is window_weeks long and trains on everything before it. */
  window_weeks: 4,
  /** Settings and the method are chosen on these windows (the ones just before the test windows)… */
  validation_windows: 3,
  /** …and reported once on these, the last ones of the history. */
  test_windows: 3,
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
  /** EASE models the products bought by the most customers in training, this many. */
  ease_items: 1000,
  /** EASE's ridge penalty λ: larger = smoother, closer to popularity. */
  ease_lambda: 200,
  /** EASE: a product the customer last bought this many days before the end counts half. */
  ease_half_life_days: 60,
  /** The blend: EASE's share next to the basket filter's (both lists scaled to sum to 1). */
  blend_weight: 0.5,
  /** Buy again: a purchase this many days before the end counts half in a product's score. */
  buy_again_half_life_days: 90,
  /** Seed of the random baseline. */
  random_seed: 20111209,
};

/**
 * The settings tried per method on the validation windows (each replaces the defaults above);
 * a method without an entry has none to choose. The test windows never see the other settings.
 */
export const recommendationGrid: Partial<Record<string, readonly Partial<RecommendationParams>[]>> = {
  trending: [{ trend_days: 14 }, { trend_days: 28 }, { trend_days: 56 }],
  item_cf_recent_baskets: [
    { basket_half_life_days: 30, history_half_life_days: 30 },
    { basket_half_life_days: 60, history_half_life_days: 60 },
    { basket_half_life_days: 30, history_half_life_days: 30, trend_weight: 0.1 },
    { basket_half_life_days: 60, history_half_life_days: 60, trend_weight: 0.1 },
  ],
  ease: [{ ease_lambda: 50 }, { ease_lambda: 200 }],
  blend: [{ blend_weight: 0.3 }, { blend_weight: 0.5 }, { blend_weight: 0.7 }],
  buy_again_recency: [{ buy_again_half_life_days: 30 }, { buy_again_half_life_days: 90 }, { buy_again_half_life_days: 365 }],
};

export type BasketParams = typeof basketParams;
export type CategoryParams = typeof categoryParams;
export type RecommendationParams = typeof recommendationParams;
