// The nine tables of the Olist marketplace export, recognised by file name (any case) and checked by header.
// `needed` says which report features a missing table takes away, so the build can say so.

export interface OlistTable {
  name: string;
  file: RegExp;
  columns: string[];
  needed: string;
}

export const olistTables: readonly OlistTable[] = [
  { name: 'orders', file: /^olist_orders_dataset\.csv(\.gz)?$/i, columns: ['order_id', 'customer_id', 'order_status', 'order_purchase_timestamp', 'order_approved_at', 'order_delivered_carrier_date', 'order_delivered_customer_date', 'order_estimated_delivery_date'], needed: 'everything: an order is the unit of sale' },
  { name: 'order_items', file: /^olist_order_items_dataset\.csv(\.gz)?$/i, columns: ['order_id', 'order_item_id', 'product_id', 'seller_id', 'shipping_limit_date', 'price', 'freight_value'], needed: 'everything: items carry the products and prices' },
  { name: 'customers', file: /^olist_customers_dataset\.csv(\.gz)?$/i, columns: ['customer_id', 'customer_unique_id', 'customer_zip_code_prefix', 'customer_city', 'customer_state'], needed: 'customers, states, segments and the zip-code query' },
  { name: 'order_payments', file: /^olist_order_payments_dataset\.csv(\.gz)?$/i, columns: ['order_id', 'payment_sequential', 'payment_type', 'payment_installments', 'payment_value'], needed: 'payment figures' },
  { name: 'order_reviews', file: /^olist_order_reviews_dataset\.csv(\.gz)?$/i, columns: ['review_id', 'order_id', 'review_score', 'review_comment_title', 'review_comment_message', 'review_creation_date', 'review_answer_timestamp'], needed: 'review satisfaction and the worst zip codes' },
  { name: 'products', file: /^olist_products_dataset\.csv(\.gz)?$/i, columns: ['product_id', 'product_category_name', 'product_name_lenght', 'product_description_lenght', 'product_photos_qty', 'product_weight_g', 'product_length_cm', 'product_height_cm', 'product_width_cm'], needed: 'product categories' },
  { name: 'sellers', file: /^olist_sellers_dataset\.csv(\.gz)?$/i, columns: ['seller_id', 'seller_zip_code_prefix', 'seller_city', 'seller_state'], needed: 'seller states' },
  { name: 'category_translation', file: /^product_category_name_translation\.csv(\.gz)?$/i, columns: ['product_category_name', 'product_category_name_english'], needed: 'English category names (Portuguese names are shown instead)' },
  { name: 'geolocation', file: /^olist_geolocation_dataset\.csv(\.gz)?$/i, columns: ['geolocation_zip_code_prefix', 'geolocation_lat', 'geolocation_lng', 'geolocation_city', 'geolocation_state'], needed: 'nothing yet (zip-code coordinates; counted in the ledger only)' },
];

export const requiredOlistTables = ['orders', 'order_items'] as const;

/** True when a folder's file names look like an Olist export. */
export function isOlistFolder(names: readonly string[]): boolean {
  return names.some((n) => olistTables.some((t) => t.file.test(n)));
}
