// The SQL models of the Olist export, after its nine tables are staged (stg_olist_*): its own
// ledger, lines and customers, then the shop's product and statistics models. Which files, not
// in which order — pipeline/engine/modelOrder.ts reads that from the SQL.
export const olistModels = [
  'olist/ledger/olist_ledger_lines',
  'olist/intermediate/int_sales_lines',
  'olist/intermediate/int_customers',
  'intermediate/int_products',
  'intermediate/int_product_stats',
  'intermediate/int_customer_stats',
  'intermediate/int_product_rows',
  'intermediate/int_customer_rows',
] as const;
