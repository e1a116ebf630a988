// Row types of the Olist-only metric files (pipeline/sql/olist/metrics/<name>.sql → <name>.json):
// the four customer-experience dashboard queries, delivery by state and review scores by month.
// Dates are ISO text; rates are fractions; scores are means of 1–5 review scores.

/** A recent, not canceled order that reached the customer at least 3 days late. */
export interface LateDeliveryRow {
  order_id: string;
  customer_unique_id: string;
  state: string;
  order_status: string;
  purchased_at: string; // YYYY-MM-DD HH:MM:SS
  estimated_delivery: string; // YYYY-MM-DD
  delivered_at: string; // YYYY-MM-DD HH:MM:SS
  days_late: number;
}

/** A seller with more than 100,000 BRL of revenue on delivered orders. */
export interface TopSellerRow {
  seller_id: string;
  state: string;
  city: string;
  orders: number;
  items: number;
  revenue: number;
  freight: number;
}

/** A seller new on the platform who already sold many products. */
export interface NewEngagedSellerRow {
  seller_id: string;
  state: string;
  first_sale: string;
  days_on_platform: number;
  products_sold: number;
  distinct_products: number;
  revenue: number;
}

/** A customer zip-code prefix among the worst rated over the last 12 months. */
export interface WorstZipCodeRow {
  zip_prefix: string;
  state: string;
  reviews: number;
  avg_score: number;
  share_bad: number;
}

export interface DeliveryByStateRow {
  state: string;
  delivered_orders: number;
  median_delivery_days: number | null;
  share_late: number | null;
  avg_score: number | null;
}

export interface ReviewScoresMonthRow {
  month: string; // YYYY-MM
  reviews: number;
  avg_score: number | null;
  share_bad: number | null;
  share_good: number | null;
}

/** Metric file stem → row type, merged into MetricRows (metrics.ts). */
export interface OlistMetricRows {
  cx_late_deliveries: LateDeliveryRow;
  cx_top_sellers: TopSellerRow;
  cx_new_engaged_sellers: NewEngagedSellerRow;
  cx_worst_zip_codes: WorstZipCodeRow;
  delivery_by_state: DeliveryByStateRow;
  review_scores_monthly: ReviewScoresMonthRow;
}
