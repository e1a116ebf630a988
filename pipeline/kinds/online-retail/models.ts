// The SQL models of a shop export, after its drops are staged (stg_invoice_lines): which files,
// not in which order — pipeline/engine/modelOrder.ts reads that from the SQL.
export const onlineRetailModels = [
  'staging/stg_drops',
  'ledger/ledger_lines',
  'intermediate/int_sales_lines',
  'intermediate/int_products',
  'intermediate/int_customers',
  'intermediate/int_product_stats',
  'intermediate/int_customer_stats',
  'intermediate/int_product_rows',
  'intermediate/int_customer_rows',
] as const;
