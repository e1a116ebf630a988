// The columns of each report file's CSV download, so that a file with no rows still gets its
// header row (a metric's JSON carries no column list). Checked against the rows of the golden
// reports by tests/bad-input/values-downloadColumns.test.ts: a new or renamed column must be added here.

const columns: Record<string, readonly string[]> = {
  summary: ['key', 'value'],
  quality: ['rule', 'kind', 'group', 'rows', 'revenue', 'description'],
  basket_rules: ['rank', 'antecedent_code', 'antecedent_description', 'consequent_code', 'consequent_description', 'baskets_with_antecedent', 'baskets_with_consequent', 'baskets_with_both', 'support', 'confidence', 'lift'],
  basket_rules_by_country: ['country', 'country_baskets', 'rank', 'antecedent_code', 'antecedent_description', 'consequent_code', 'consequent_description', 'baskets_with_both', 'support', 'confidence', 'lift'],
  basket_summary: ['baskets', 'products_in_baskets', 'mean_products_per_basket', 'median_products_per_basket', 'min_support', 'min_confidence', 'min_baskets', 'frequent_products', 'frequent_pairs', 'pair_rules'],
  basket_triples: ['rank', 'antecedent_a_code', 'antecedent_a_description', 'antecedent_b_code', 'antecedent_b_description', 'consequent_code', 'consequent_description', 'baskets_with_antecedents', 'baskets_with_consequent', 'baskets_with_all', 'support', 'confidence', 'lift'],
  calendar_daily: ['date', 'weekday', 'iso_year', 'iso_week', 'gross', 'returns', 'net', 'orders', 'customers', 'units_sold', 'has_sales'],
  calendar_events: ['event', 'label', 'date', 'lead_start', 'lead_end', 'after_start', 'after_end', 'in_period', 'lead_days'],
  country_sales: ['rank', 'country', 'customers', 'orders', 'gross', 'returns', 'net', 'share_net', 'avg_order_value'],
  country_top_products: ['country', 'rank', 'stock_code', 'description', 'net', 'units_sold'],
  customer_monthly: ['customer_id', 'month', 'gross', 'returns', 'net', 'units_sold', 'units_returned', 'orders'],
  customer_recommendations: ['customer_id', 'rank', 'stock_code', 'description', 'score', 'because_code', 'reason'],
  customer_sales: ['rank', 'customer_id', 'country', 'customer_type', 'gross', 'returns', 'net', 'orders', 'return_lines', 'units_sold', 'units_returned', 'return_rate_units', 'return_rate_value', 'median_units_per_line', 'avg_order_value', 'first_purchase', 'last_purchase'],
  customer_top_products: ['customer_id', 'rank', 'stock_code', 'description', 'net', 'units_sold', 'orders'],
  customer_types: ['customer_type', 'customers', 'share_customers', 'net', 'share_net', 'orders', 'avg_order_value', 'median_units_per_line'],
  customers_highest_return_rate: ['rank', 'customer_id', 'country', 'customer_type', 'gross', 'returns', 'net', 'orders', 'return_lines', 'units_sold', 'units_returned', 'return_rate_units', 'return_rate_value', 'median_units_per_line', 'avg_order_value', 'first_purchase', 'last_purchase'],
  customers_most_returns_by_count: ['rank', 'customer_id', 'country', 'customer_type', 'gross', 'returns', 'net', 'orders', 'return_lines', 'units_sold', 'units_returned', 'return_rate_units', 'return_rate_value', 'median_units_per_line', 'avg_order_value', 'first_purchase', 'last_purchase'],
  customers_most_returns_by_value: ['rank', 'customer_id', 'country', 'customer_type', 'gross', 'returns', 'net', 'orders', 'return_lines', 'units_sold', 'units_returned', 'return_rate_units', 'return_rate_value', 'median_units_per_line', 'avg_order_value', 'first_purchase', 'last_purchase'],
  customers_top_by_orders: ['rank', 'customer_id', 'country', 'customer_type', 'gross', 'returns', 'net', 'orders', 'return_lines', 'units_sold', 'units_returned', 'return_rate_units', 'return_rate_value', 'median_units_per_line', 'avg_order_value', 'first_purchase', 'last_purchase'],
  customers_top_by_revenue: ['rank', 'customer_id', 'country', 'customer_type', 'gross', 'returns', 'net', 'orders', 'return_lines', 'units_sold', 'units_returned', 'return_rate_units', 'return_rate_value', 'median_units_per_line', 'avg_order_value', 'first_purchase', 'last_purchase'],
  cx_late_deliveries: ['order_id', 'customer_unique_id', 'state', 'order_status', 'purchased_at', 'estimated_delivery', 'delivered_at', 'days_late'],
  cx_new_engaged_sellers: ['seller_id', 'state', 'first_sale', 'days_on_platform', 'products_sold', 'distinct_products', 'revenue'],
  cx_top_sellers: ['seller_id', 'state', 'city', 'orders', 'items', 'revenue', 'freight'],
  cx_worst_zip_codes: ['zip_prefix', 'state', 'reviews', 'avg_score', 'share_bad'],
  delivery_by_state: ['state', 'delivered_orders', 'median_delivery_days', 'share_late', 'avg_score'],
  event_week_profile: ['event', 'label', 'week_offset', 'products', 'occurrences', 'orders', 'index'],
  monthly_sales: ['month', 'gross', 'returns', 'net', 'orders', 'customers', 'units_sold', 'units_returned'],
  product_bought_with: ['stock_code', 'description', 'rank', 'partner_code', 'partner_description', 'baskets_with_product', 'baskets_with_both', 'confidence', 'lift'],
  product_countries: ['stock_code', 'rank', 'country', 'net', 'units_sold', 'share_net'],
  product_descriptions: ['stock_code', 'description', 'lines', 'first_seen', 'last_seen', 'is_canonical'],
  product_events: ['event', 'label', 'stock_code', 'description', 'orders_total', 'orders_before', 'units_before', 'share_before', 'flat_share', 'lift_before', 'lift_after', 'occurrences', 'rank'],
  product_monthly: ['stock_code', 'month', 'gross', 'returns', 'net', 'units_sold', 'units_returned', 'orders'],
  product_sales: ['rank', 'stock_code', 'description', 'gross', 'returns', 'net', 'units_sold', 'units_returned', 'return_rate_units', 'return_rate_value', 'orders', 'customers', 'months_active', 'first_sale', 'last_sale'],
  product_seasonality: ['stock_code', 'description', 'units', 'orders', 'concentration', 'peak_month', 'peak_window_start', 'peak_window_share', 'peak_month_first_year', 'peak_month_last_year', 'share_jan', 'share_feb', 'share_mar', 'share_apr', 'share_may', 'share_jun', 'share_jul', 'share_aug', 'share_sep', 'share_oct', 'share_nov', 'share_dec', 'rank'],
  products_best: ['rank', 'stock_code', 'description', 'gross', 'returns', 'net', 'units_sold', 'units_returned', 'return_rate_units', 'return_rate_value', 'orders', 'customers', 'months_active', 'first_sale', 'last_sale'],
  products_declining: ['rank', 'stock_code', 'description', 'net_prior', 'net_recent', 'change', 'change_pct'],
  products_highest_return_rate: ['rank', 'stock_code', 'description', 'gross', 'returns', 'net', 'units_sold', 'units_returned', 'return_rate_units', 'return_rate_value', 'orders', 'customers', 'months_active', 'first_sale', 'last_sale'],
  products_most_returned: ['rank', 'stock_code', 'description', 'gross', 'returns', 'net', 'units_sold', 'units_returned', 'return_rate_units', 'return_rate_value', 'orders', 'customers', 'months_active', 'first_sale', 'last_sale'],
  products_worst_regular: ['rank', 'stock_code', 'description', 'gross', 'returns', 'net', 'units_sold', 'units_returned', 'return_rate_units', 'return_rate_value', 'orders', 'customers', 'months_active', 'first_sale', 'last_sale'],
  recommendation_evaluation: ['method', 'label', 'kind', 'description', 'hit_rate', 'precision', 'recall', 'hit_rate_with_repeats', 'recall_with_repeats', 'coverage', 'hit_rate_vs_popularity', 'test_customers', 'customers_active_in_both', 'train_from', 'train_until', 'test_from', 'test_to'],
  review_scores_monthly: ['month', 'reviews', 'avg_score', 'share_bad', 'share_good'],
  seasonality_hour: ['weekday', 'hour', 'orders', 'gross', 'share_orders'],
  seasonality_month: ['month', 'year', 'month_of_year', 'net', 'gross', 'orders', 'units_sold', 'trading_days', 'complete', 'net_prior_year', 'change_pct'],
  seasonality_week: ['iso_year', 'iso_week', 'week_start', 'net', 'orders', 'units_sold', 'trading_days', 'complete', 'net_prior_year', 'change_pct'],
  seasonality_weekday: ['weekday', 'weekday_name', 'calendar_days', 'trading_days', 'net', 'orders', 'net_per_trading_day', 'orders_per_trading_day', 'share_net'],
  segment_customers: ['customer_id', 'segment', 'segment_name', 'rfm_group', 'r_score', 'f_score', 'm_score', 'recency_days', 'orders', 'net', 'return_rate', 'is_shop'],
  segment_features: ['feature', 'label', 'in_words', 'unit', 'transform', 'why', 'median', 'mean_transformed', 'sd_transformed'],
  segment_heatmap: ['segment', 'name', 'feature', 'label', 'z', 'typical', 'typical_is'],
  segment_models: ['family', 'k', 'within_ss', 'silhouette', 'davies_bouldin', 'calinski_harabasz', 'bic', 'smallest_share', 'smallest_customers', 'stability', 'is_chosen'],
  segment_profiles: ['segment', 'name', 'action', 'customers', 'share_customers', 'net', 'share_net', 'top_rfm_group', 'top_rfm_share', 'median_recency_days', 'median_orders', 'median_net', 'median_return_rate', 'share_is_shop'],
  segment_projection: ['customer_id', 'segment', 'pc1', 'pc2'],
  segment_rfm_groups: ['rfm_group', 'customers', 'share_customers', 'net', 'share_net', 'median_recency_days', 'median_orders', 'median_net', 'main_segment', 'main_segment_share', 'action'],
  segment_stability: ['t0', 'weeks', 'as_of', 'customers', 'ari'],
  segment_summary: ['status', 'as_of', 'customers', 'min_customers', 'chosen_family', 'chosen_k', 'chosen_silhouette', 'chosen_stability', 'best_rfm_silhouette', 'silhouette_customers', 'refit_threshold', 'refit_weeks', 'refit_first_below_weeks'],
  stock_backtest: ['window', 'demand_class', 'method', 'label', 'cases', 'items', 'mase', 'wape', 'mase_vs_naive', 'wape_vs_naive', 'share_beating_naive', 'is_chosen', 'interval_coverage'],
  stock_backtest_origins: ['origin', 'first_target_week', 'method', 'cases', 'mase', 'wape', 'same_season'],
  stock_forecast: ['stock_code', 'week', 'horizon', 'forecast', 'lower', 'upper', 'method'],
  stock_history: ['stock_code', 'week', 'units'],
  stock_products: ['stock_code', 'description', 'demand_class', 'adi', 'cv2', 'method', 'history_weeks', 'last_8_weeks', 'expected_8_weeks', 'expected_8_weeks_lower', 'expected_8_weeks_upper', 'year_ago_last_8_weeks', 'year_ago_next_8_weeks', 'year_over_year', 'return_rate_26_weeks', 'unit_price', 'advice', 'reasons', 'value_at_stake'],
  week_of_year_top_products: ['iso_week', 'ranking', 'rank', 'stock_code', 'description', 'orders', 'units_sold', 'gross', 'usual_index'],
};

/** Files whose columns differ for marketplace (Olist) data. */
const olistColumns: Record<string, readonly string[]> = {
  segment_customers: ['customer_id', 'segment', 'segment_name', 'rfm_group', 'r_score', 'f_score', 'm_score', 'recency_days', 'orders', 'net', 'bad_review_share', 'delivery_delay_days', 'categories', 'is_sao_paulo'],
  segment_profiles: ['segment', 'name', 'action', 'customers', 'share_customers', 'net', 'share_net', 'top_rfm_group', 'top_rfm_share', 'median_recency_days', 'median_orders', 'median_net', 'median_bad_review_share', 'median_delivery_delay_days', 'median_categories', 'share_is_sao_paulo'],
};

/** The header of a report file's CSV; null for a file not listed (its CSV is then empty). */
export function downloadColumns(stem: string, kind: 'online_retail' | 'olist' = 'online_retail'): readonly string[] | null {
  return (kind === 'olist' ? olistColumns[stem] : undefined) ?? columns[stem] ?? null;
}
