// Row schemas of the Olist-only metric files (pipeline/sql/olist/metrics/<name>.sql → <name>.json):
// the four customer-experience dashboard queries, delivery by state and review scores by month.
// Dates are ISO text; rates are fractions; scores are means of 1–5 review scores.
import { z } from 'zod';

const count = z.number().int();
const money = z.number().finite();
const rate = z.number().finite();
const timestamp = z.string().regex(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** A recent, not canceled order that reached the customer at least 3 days late (days_late in days, one decimal). */
export const lateDeliveryRow = z.strictObject({
  order_id: z.string(), customer_unique_id: z.string(), state: z.string(), order_status: z.string(),
  purchased_at: timestamp, estimated_delivery: day, delivered_at: timestamp, days_late: z.number().finite(),
});

/** A seller with more than 100,000 BRL of revenue on delivered orders. */
export const topSellerRow = z.strictObject({
  seller_id: z.string(), state: z.string(), city: z.string(), orders: count, items: count, revenue: money, freight: money,
});

/** A seller new on the platform who already sold many products. */
export const newEngagedSellerRow = z.strictObject({
  seller_id: z.string(), state: z.string(), first_sale: day, days_on_platform: count, products_sold: count, distinct_products: count, revenue: money,
});

/** A customer zip-code prefix among the worst rated over the last 12 months. */
export const worstZipCodeRow = z.strictObject({ zip_prefix: z.string(), state: z.string(), reviews: count, avg_score: rate, share_bad: rate });

export const deliveryByStateRow = z.strictObject({
  state: z.string(), delivered_orders: count, median_delivery_days: z.number().nullable(), share_late: rate.nullable(), avg_score: rate.nullable(),
});

export const reviewScoresMonthRow = z.strictObject({
  month: z.string().regex(/^\d{4}-\d{2}$/), reviews: count, avg_score: rate.nullable(), share_bad: rate.nullable(), share_good: rate.nullable(),
});

/** A product category of the marketplace, ranked by net revenue (pipeline/sql/olist/metrics/category_sales.sql). */
export const categorySalesRow = z.strictObject({
  rank: count, category: z.string(), products: count, orders: count, units_sold: count,
  gross: money, returns: money, net: money, share_net: rate, return_rate_units: rate.nullable(),
});

/** Metric file stem → row schema, merged into metricRowSchemas (metrics.ts). */
export const olistMetricRowSchemas = {
  cx_late_deliveries: lateDeliveryRow,
  cx_top_sellers: topSellerRow,
  cx_new_engaged_sellers: newEngagedSellerRow,
  cx_worst_zip_codes: worstZipCodeRow,
  delivery_by_state: deliveryByStateRow,
  review_scores_monthly: reviewScoresMonthRow,
  category_sales: categorySalesRow,
};

export type OlistMetricRows = { [N in keyof typeof olistMetricRowSchemas]: z.infer<(typeof olistMetricRowSchemas)[N]> };
export type LateDeliveryRow = OlistMetricRows['cx_late_deliveries'];
export type TopSellerRow = OlistMetricRows['cx_top_sellers'];
export type NewEngagedSellerRow = OlistMetricRows['cx_new_engaged_sellers'];
export type WorstZipCodeRow = OlistMetricRows['cx_worst_zip_codes'];
export type DeliveryByStateRow = OlistMetricRows['delivery_by_state'];
export type ReviewScoresMonthRow = OlistMetricRows['review_scores_monthly'];
